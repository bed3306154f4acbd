export { migrateSqlite, SQLITE_SCHEMA_VERSION } from './sqliteSchema'
export { type SqliteStoreOptions, sqliteStore } from './sqliteStore'
