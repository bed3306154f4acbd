export { POSTGRES_REGISTER_SCHEMA_VERSION } from './postgresRegisterSchema'
export {
  type PostgresRegisterStoreOptions,
  postgresRegisterStore,
} from './postgresRegisterStore'
export { migratePostgres, POSTGRES_SCHEMA_VERSION } from './postgresSchema'
export { type PostgresStoreOptions, postgresStore } from './postgresStore'
