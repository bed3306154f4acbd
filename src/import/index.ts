// integrity-ledger/import: another system's records, from a sheet or a dump, into a ledger.
export { type Conversion, conversions, type FieldMapping, fieldMappingSchema } from './fieldMapping'
export {
  IMPORT_MAPPING_FORMAT,
  type ImportMapping,
  importMappingSchema,
  parseImportMapping,
} from './importMapping'
export { type ImportRowsResult, importRows, type RefusedRow } from './importRows'
export type { ImportProgress, ImportRowsOptions } from './importRowsOptions'
export { type KindMapping, kindMappingSchema } from './kindMapping'
export { type CsvReadOptions, readCsvRows } from './readers/readCsvRows'
export { type JsonlReadOptions, readJsonlRows } from './readers/readJsonlRows'
export { type RowFormat, type RowReadOptions, readRows } from './readers/readRows'
export { readXlsxRows, type XlsxReadOptions } from './readers/readXlsxRows'
export { type TextEncoding, type TextSource, textEncodings } from './readers/textChunks'
export type { CellValue, SourceRow } from './sourceRow'
