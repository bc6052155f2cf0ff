import { DataSource } from 'typeorm';

export interface SchemaDiff {
  up: string[];
  down: string[];
}

/** The SQL that would bring the database in line with the entities; empty when they agree. */
export async function schemaDiff(dataSource: DataSource): Promise<SchemaDiff> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: sql.upQueries.map((query) => query.query),
    down: sql.downQueries.map((query) => query.query).reverse(),
  };
}

function quote(sql: string): string {
  return '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
}

export function renderMigration(name: string, timestamp: number, diff: SchemaDiff): string {
  const body = (queries: string[]) =>
    queries.map((query) => `    await queryRunner.query(${quote(query)});`).join('\n');
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${body(diff.up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${body(diff.down)}
  }
}
`;
}
