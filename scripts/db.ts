// `npm run db:migrate` and `npm run db:backup -- FILE`: operator commands that work while the app runs.
// Like server.ts it composes layers (the validated environment from app/server, the database from
// db/), so it lives outside db/, which imports nothing from the app.
import { EnvError, loadEnv } from "../app/server/env.server.ts";
import { backupSqlite } from "../db/backup.ts";
import { openDatabase } from "../db/connection.ts";
import { migrateToLatest } from "../db/migrate.ts";

async function main(): Promise<number> {
  const [command, file] = process.argv.slice(2);
  const env = loadEnv();
  const database = openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
  try {
    if (command === "migrate") {
      const { applied } = await migrateToLatest(database);
      console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
      return 0;
    }
    if (command === "backup") {
      if (!file) {
        console.error("usage: npm run db:backup -- FILE   (for example backups/rolefit-2026-11-28.sqlite)");
        return 2;
      }
      const { bytes } = await backupSqlite(database, file);
      console.log(`Backed up ${database.file} to ${file} (${(bytes / 1024).toFixed(0)} KiB).`);
      return 0;
    }
    console.error("usage: tsx scripts/db.ts migrate | backup FILE");
    return 2;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof EnvError ? error.message : `db: ${(error as Error).message}`);
    process.exit(error instanceof EnvError ? 2 : 1);
  },
);
