import pg from "pg";

/**
 * Drops a test database once the test has closed its own connections. A plain DROP DATABASE
 * stops an autovacuum worker that happens to be in it and waits for it; DROP … WITH (FORCE) would
 * instead try to terminate that worker as if it were a session, which a non-superuser may not do
 * ("must be a member of the role whose process is being terminated"). FORCE is only the fallback
 * for a session some test left open.
 */
export async function dropTestDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    try {
      await client.query(`drop database if exists ${name}`);
    } catch (error) {
      // 55006: "database … is being accessed by other users".
      if ((error as { code?: string }).code !== "55006") throw error;
      await client.query(`drop database if exists ${name} with (force)`);
    }
  } finally {
    await client.end();
  }
}
