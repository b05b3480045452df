import { describe, expect, it } from "vitest";
import { newWebhookSecret, signWebhook } from "./webhooks.server.ts";

describe("webhook signing", () => {
  // The Standard Webhooks specification's published test vector: matching it means any of that
  // specification's libraries verifies RoleFit's deliveries.
  it("reproduces the Standard Webhooks reference signature", () => {
    const signature = signWebhook(
      "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
      "msg_p5jXN8AQM9LWM0D4loKWxJek",
      1614265330,
      '{"test": 2432232314}',
    );
    expect(signature).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });

  it("signs the same with or without the whsec_ prefix, and differently for another body", () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(signWebhook(secret, "msg_1", 1, "{}")).toBe(signWebhook(secret.slice(6), "msg_1", 1, "{}"));
    expect(signWebhook(secret, "msg_1", 1, "{}")).not.toBe(signWebhook(secret, "msg_1", 1, "{ }"));
  });
});
