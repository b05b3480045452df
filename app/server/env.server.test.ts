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
  it("seeds the demo into a new database unless DEMO_SEED=0", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rolefit-env-"));
    expect(loadEnv({ DATA_DIR: dir }).demoSeed).toBe(true);
    expect(loadEnv({ DATA_DIR: dir, DEMO_SEED: "0" }).demoSeed).toBe(false);
    expect(() => loadEnv({ DATA_DIR: dir, DEMO_SEED: "no" })).toThrow(/DEMO_SEED must be 1/);
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
  it("reads the private origins webhooks may reach, and refuses anything but origins", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rolefit-env-"));
    const env = loadEnv({
      DATA_DIR: dir,
      WEBHOOK_ALLOW_PRIVATE: "https://hooks.internal:8443, http://10.0.0.7:9000",
    });
    expect(env.webhookPrivateOrigins).toEqual(["https://hooks.internal:8443", "http://10.0.0.7:9000"]);
    expect(loadEnv({ DATA_DIR: dir }).webhookPrivateOrigins).toEqual([]);
    expect(() => loadEnv({ DATA_DIR: dir, WEBHOOK_ALLOW_PRIVATE: "https://hooks.internal/path" })).toThrow(
      /WEBHOOK_ALLOW_PRIVATE/,
    );
  });
});
