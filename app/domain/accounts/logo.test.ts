import { describe, expect, it } from "vitest";
import { logoTypeOf } from "./logo";

describe("logo type by magic bytes", () => {
  it("knows PNG and JPEG and nothing else", () => {
    expect(logoTypeOf(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      "image/png",
    );
    expect(logoTypeOf(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0]))).toBe("image/jpeg");
    expect(logoTypeOf(new TextEncoder().encode("GIF89a...."))).toBeNull();
    expect(logoTypeOf(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    // The magic alone, with no image after it, is not an image.
    expect(logoTypeOf(Uint8Array.from([0xff, 0xd8, 0xff]))).toBeNull();
  });
});
