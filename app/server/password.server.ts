import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id parameters: 19 MiB memory, 2 iterations, 1 lane (about 25 ms here).
const options = {
  algorithm: 2 /* Argon2id: the enum is a const enum, unusable with isolatedModules */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when an email is unknown keeps the response time the same as for a known
// account, so timing does not reveal who has an account.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("not-a-real-password-for-timing-only");
  await verifyPassword(await dummyHash, password);
}
