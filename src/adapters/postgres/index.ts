export { migratePostgres, POSTGRES_SCHEMA_VERSION } from './postgresSchema'
export { type PostgresStoreOptions, postgresStore } from './postgresStore'
