import { Migrator, type Migration } from "kysely";
import type { AppDatabase } from "./connection.ts";
import { migrations } from "./migrations/index.ts";

export interface MigrationReport {
  applied: string[];
}

export async function migrateToLatest(database: AppDatabase): Promise<MigrationReport> {
  const provided: Record<string, Migration> = {};
  for (const [name, m] of Object.entries(migrations)) {
    provided[name] = { up: (db) => m.up(db, database.dialect) };
  }
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => provided },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error");
    throw new Error(
      `Migration ${failed?.migrationName ?? "(unknown)"} failed: ${String((error as Error).message ?? error)}`,
    );
  }
  return { applied: (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName) };
}
