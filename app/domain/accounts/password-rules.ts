// Password strength rules (NIST SP 800-63B style): length over complexity, and no passwords that
// appear at the top of breach lists. Pure, so the sign-up form can show the same message as the server.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

// The most common passwords of 10+ characters in public breach corpora, lower-cased.
const COMMON = new Set([
  "1234567890", "0987654321", "1111111111", "0000000000", "1234512345", "1122334455",
  "123456789a", "a123456789", "12345678910", "qwertyuiop", "qwertyuiop1", "1q2w3e4r5t",
  "1qaz2wsx3edc", "zaq12wsxcde3", "asdfghjkl1", "qazwsxedc1", "password12", "password123",
  "password1234", "password12345", "passw0rd123", "p@ssw0rd123", "iloveyou12", "iloveyou123",
  "letmein123", "welcome123", "welcome1234", "football123", "baseball123", "sunshine123",
  "princess123", "dragon1234", "monkey12345", "superman123", "trustno1234", "changeme123",
  "administrator", "admin12345", "adminadmin", "qwerty12345", "qwerty123456", "abc1234567",
  "abcdefghij", "abcdefg123", "starwars123", "computer123", "internet123", "michael123",
  "charlie123", "liverpool1", "chocolate1", "basketball", "strawberry", "butterfly1",
  "whatever123", "passwordpassword", "rolefit123", "rolefit1234", "sales12345", "marketing1",
]);

export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return "This password is one of the most common ones. Choose another.";
  if (/^(.)\1+$/.test(password)) return "Don't repeat a single character.";
  if (isSimpleSequence(lower)) return "Don't use a simple sequence of characters.";
  const local = email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return "Don't include your email address.";
  return null;
}

function isSimpleSequence(s: string): boolean {
  let up = true;
  let down = true;
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    if (d !== 1) up = false;
    if (d !== -1) down = false;
  }
  return up || down;
}
