import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, loadEnv } from "./env.server.ts";

describe("loadEnv", () => {
  it("runs with nothing set, generating a session secret once into DATA_DIR", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rolefit-env-"));
    const first = loadEnv({ DATA_DIR: dir });
    expect(first.port).toBe(3000);
    expect(first.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(first.secureCookies).toBe(false);
    expect(first.webConcurrency).toBe(os.availableParallelism());
    expect(loadEnv({ DATA_DIR: dir }).sessionSecret).toBe(first.sessionSecret);
  });
  it("turns on Secure cookies when the public address is https", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rolefit-env-"));
    expect(loadEnv({ DATA_DIR: dir, APP_URL: "https://rolefit.example.com/" }).secureCookies).toBe(true);
  });
  it("takes the number of worker processes from WEB_CONCURRENCY", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rolefit-env-"));
    expect(loadEnv({ DATA_DIR: dir, WEB_CONCURRENCY: "3" }).webConcurrency).toBe(3);
    expect(() => loadEnv({ DATA_DIR: dir, WEB_CONCURRENCY: "0" })).toThrow(/WEB_CONCURRENCY must be/);
    expect(() => loadEnv({ DATA_DIR: dir, WEB_CONCURRENCY: "many" })).toThrow(/WEB_CONCURRENCY must be/);
  });
  it("names every invalid variable in one error", () => {
    try {
      loadEnv({ PORT: "eighty", DATABASE_URL: "mysql://x", SESSION_SECRET: "short" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const message = (error as Error).message;
      expect(message).toMatch(/PORT/);
      expect(message).toMatch(/DATABASE_URL must start with postgres/);
      expect(message).toMatch(/SESSION_SECRET must be at least 32/);
    }
  });
});
