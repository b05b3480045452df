import fs from "node:fs";
import path from "node:path";
import type { AppDatabase } from "./connection.ts";

/**
 * Online backup of the SQLite database: SQLite's backup API copies a consistent snapshot page by
 * page while the app keeps reading and writing. The result is a standalone database file.
 */
export async function backupSqlite(database: AppDatabase, file: string): Promise<{ bytes: number }> {
  if (!database.sqlite)
    throw new Error("Online backup is for the SQLite database; on PostgreSQL use pg_dump (see README).");
  const target = path.resolve(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (fs.existsSync(target)) throw new Error(`${target} already exists; choose a new file name.`);
  // A backup holds every candidate's data: create it readable by this user only.
  fs.closeSync(fs.openSync(target, "wx", 0o600));
  await database.sqlite.backup(target);
  return { bytes: fs.statSync(target).size };
}
