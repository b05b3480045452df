import { z } from "zod";

// An organization's logo for its candidate emails: PNG or JPEG only, told apart by their first
// bytes (a file's name and the type the browser claims are the uploader's to choose), and small
// enough to sit in the database and in every email client's cache.

export const LOGO_MAX_BYTES = 200 * 1024;

export type LogoType = "image/png" | "image/jpeg";

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

/** The image type by its magic bytes, or null for anything that is not a PNG or a JPEG. */
export function logoTypeOf(bytes: Uint8Array): LogoType | null {
  const starts = (magic: number[]) => bytes.length > magic.length && magic.every((b, i) => bytes[i] === b);
  if (starts(PNG)) return "image/png";
  if (starts(JPEG)) return "image/jpeg";
  return null;
}

export const logoUploadSchema = z.object({
  intent: z.literal("logo"),
  logo: z
    .file({ error: "Choose a PNG or JPEG file." })
    .min(1, "Choose a PNG or JPEG file.")
    .max(LOGO_MAX_BYTES, "Use an image of at most 200 KB."),
});
