// The part of smtp-server's API the tests use (the package ships no types).
declare module "smtp-server" {
  import type { EventEmitter } from "node:events";
  import type { Readable } from "node:stream";
  import type { AddressInfo } from "node:net";

  export interface SMTPServerOptions {
    authOptional?: boolean;
    disabledCommands?: string[];
    logger?: boolean;
    onRcptTo?(address: { address: string }, session: unknown, callback: (error?: Error | null) => void): void;
    onData?(stream: Readable, session: unknown, callback: (error?: Error | null) => void): void;
  }

  export class SMTPServer extends EventEmitter {
    constructor(options: SMTPServerOptions);
    listen(port: number, host: string, callback?: () => void): void;
    close(callback?: () => void): void;
    server: { address(): AddressInfo };
  }
}
