/**
 * Every code an `Issue` can carry, grouped by the part of the library that raises it; a code
 * raised in several parts is listed once, under the first. Enumerate them (a table of messages,
 * a test) with this; switch over them with `IssueCode`.
 */
export const issueCodes = [
  // zod's own codes, passed through when a schema refuses an input (the library raises the
  // first four itself too, for arguments of the wrong type, an empty batch, a malformed date
  // and a malformed verifier key).
  'invalid_type', // a value is not of the type asked for
  'too_small', // a number, string or array below its minimum
  'invalid_format', // a string that does not match its format (a date, a day, a pattern)
  'invalid_key', // a record's key is refused, or a verifier key does not parse
  'too_big', // a number, string or array above its maximum
  'not_multiple_of', // a number that is not a multiple of its step
  'unrecognized_keys', // an object with keys its strict schema does not know
  'invalid_union', // a value that matches no member of a union
  'invalid_element', // a map or set element is refused
  'invalid_value', // a value that is not one of the literals or enum members allowed
  'custom', // a refinement without a code of its own refuses the value

  // Organization ids: USCCs (GB 32100), organization codes (GB 11714) and filing ids.
  'invalid_length', // an id, or the part a check character is computed from, has the wrong length
  'invalid_character', // a character that an id may not contain at its position
  'lowercase_character', // a USCC letter in lowercase (normalizeUscc uppercases)
  'unknown_department', // a USCC's first character is no registration-management department
  'invalid_region', // the six region digits of a USCC or filing id are not six digits
  'unknown_region', // the region digits name no GB/T 2260 province
  'invalid_organization_code_check', // a USCC's 17th character fails the GB 11714 check
  'invalid_check_character', // a USCC's 18th character fails the GB 32100 check
  'invalid_prefix', // a filing id does not start with F-
  'invalid_local_number', // a filing id's local number is missing, too long or has a bad character

  // Days, periods and holiday calendars.
  'invalid_date', // not a calendar day (YYYY-MM-DD), nor a date a sheet cell can hold
  'date_out_of_range', // a day, or a day counted from it, outside the years 0000-9999
  'invalid_year', // a year outside 0-9999, or a sheet cell that is not a year
  'invalid_month_day', // a due date's month and day are not MM-DD
  'invalid_count', // a count of days, or a query's offset, limit or size, is not a whole number
  'invalid_period', // a period is not an object such as { years: 2 }
  'unrecognized_key', // a period has a field other than years, months and days
  'empty_period', // a period with no positive field
  'invalid_convention', // a period convention other than civil_code or calendar
  'invalid_calendar', // a holiday calendar that is not { holidays, workdays, coverage? }
  'coverage_order', // a calendar's coverage ends before it starts
  'overlap', // a day listed both as a holiday and a make-up working day, or already in the base
  'outside_coverage', // a holiday or make-up working day outside the calendar's coverage
  'no_working_day', // a calendar with a run of days off longer than any real one
  'outside_year', // a day of a year's schedule outside that year and the December before it
  'not_a_weekend', // a make-up working day on a weekday
  'no_coverage', // extending a calendar that states no coverage
  'not_contiguous', // a year's schedule that does not start right after the calendar's coverage
  'outside_calendar', // a working-day count needs a year the calendar does not cover

  // Evaluation: indicator sets, score sheets, grades, validity and cool-off.
  'indicator_sum', // an indicator set's points do not add up to its scale
  'band_outside_scale', // a grade's score band leaves the scale
  'band_inverted', // a score band ends below its start
  'bands_overlap', // two score bands share scores
  'bands_out_of_order', // a higher grade's band lies below a lower grade's
  'duplicate_id', // an id used twice within an indicator set
  'effective_inverted', // an indicator set ends before it starts
  'no_bands', // an indicator set with no score bands
  'duplicate_set', // two indicator sets with the same id
  'sets_overlap', // two indicator sets in force on the same day for the same evaluation
  'unknown_indicator', // a score sheet scores an indicator its set does not have
  'invalid_points', // a score sheet's points, or its total, are not a number
  'negative_points', // a score sheet gives an indicator fewer than 0 points
  'above_maximum', // a score sheet gives an indicator more than its maximum
  'total_mismatch', // a score sheet's points do not add up to the total it states
  'invalid_score', // a score that is not a finite number of points
  'grade_without_band', // a grade the indicator set gives no score band
  'score_outside_band', // a score outside the band of the grade it is given
  'validity_required', // a grading before Order 39 that does not state its validity
  'validity_disagrees', // a grading's stated validity differs from the one the measures give
  'cool_off_disagrees', // an entry's stated cool-off end differs from the one the measures give
  'invalid_action', // a grade action other than downgraded or cancelled
  'invalid_measures', // evaluation measures that are not 2011 or 2026

  // Entry types and their payloads.
  'invalid_entry_types', // host entry types that cannot join the catalogue
  'unknown_entry_type', // no entry type has this name
  'unsupported_schema', // a payload schema version the entry type does not have
  'upcast_failed', // an upcaster cannot lift a payload to the current schema
  'missing_upcaster', // a host entry type's definition defineEntryType refuses (its upcasters)
  'not_json', // a value, or a schema's payload, is not plain JSON

  // Appending to the ledger: the organization, amends and disputes, and the stream.
  'unknown_organization', // an organization with no registration or filing in the ledger
  'already_registered', // a second registration or filing of the same organization
  'organization_closed', // an entry for an organization that is deregistered or revoked
  'amends_required', // an entry that must name the entry it amends does not
  'amends_not_allowed', // an entry of a type that amends nothing names one
  'amends_unknown_entry', // amends, or asks the personal data of, an entry not of that organization
  'amends_wrong_type', // amends an entry of a type it cannot amend
  'effective_before_target', // takes effect before the entry it refers to
  'disputes_unknown_entry', // disputes an entry that does not exist or is another organization's
  'investigation_already_closed', // closes an investigation a standing closing has closed already
  'deduction_already_lost', // ends a deduction qualification a standing loss has ended already
  'deregistration_without_liquidation', // applies for deregistration with no liquidation ended by then
  'liquidation_in_progress', // starts a liquidation while another has not been applied for
  'liquidation_already_completed', // ends a liquidation a standing end has ended already
  'foundation_kind_not_foundation', // a foundation_kind change registration for an organization not a foundation
  'foundation_kind_before_required', // a foundation_kind change without before while the record states the kind
  'unknown_campaign', // a disclosure's campaign is not a FundraisingPlanFiled of its organization
  'kind_mismatch', // an id of one kind of organization in a registration or filing of another
  'version_conflict', // the stream is not at the version the caller expected
  'clock_behind', // the clock reads earlier than the last recorded entry
  'idempotency_mismatch', // an idempotency key reused for a different request
  'too_deep', // an entry nested deeper than the ledger accepts
  'too_large', // an entry's JSON larger than the ledger accepts
  'unstable_payload', // an entry type's schema does not read its own payload back the same
  'migration_not_enabled', // a migrated entry appended without migration mode
  'not_migrated', // an entry in migration mode that does not say where it was migrated from
  'migrated_after_recording', // a migrated entry the other system recorded after this ledger did
  'effective_after_recording', // an entry of past facts that takes effect after it is recorded
  'report_before_registration', // an annual report for a year before the organization existed
  'report_before_year_end', // an annual report filed before its year has ended
  'signed_before_served', // a notice signed for before the day it was served
  'signed_after_recording', // a notice signed for after the day it is recorded
  'application_decided', // a refusal of a fundraising application a grant or refusal already decides
  'completed_before_service', // a service purchase completed before its service period starts

  // Appending an evaluation: the procedure's steps (EV-xx) and its grade.
  'out_of_order', // an evaluation step, or a verified ledger's entry, out of its order
  'evaluation_open', // a new evaluation while the last one is still open
  'no_open_evaluation', // an evaluation step with no evaluation open
  'initiated_before_revision', // a tracking or verification evaluation before the 2026 measures
  'no_grade', // a step that needs a grade the organization does not hold
  'tracking_below_4a', // a tracking evaluation of an organization below 4A
  'evaluation_kind_mismatch', // an evaluation kind that does not suit the organization
  'unknown_indicator_set', // a grading names an indicator set the ledger does not have
  'indicator_set_mismatch', // a grading's indicator set is not the one for this evaluation
  'score_mismatch', // a grading's score differs from the score sheet's
  'review_outside_notice', // a review requested outside the notice period
  'no_open_review', // a review answered that was never requested
  'review_committee_abolished', // a review answered by the review committee after 2026
  'review_unanswered', // a grade given while a review is unanswered
  'evaluation_mismatch', // a grade for another evaluation kind or occasion than the open one
  'panel_people_mismatch', // a panel's people do not fill its seats
  'no_certificate_out', // a certificate returned that was never issued
  'certificate_below_3a', // a certificate issued for a grade below 3A
  'certificate_grade_mismatch', // a certificate for another grade than the one held
  'certificate_already_issued', // a second certificate for the same grade

  // Reading, exporting and importing the ledger.
  'no_personal_data', // asks the people of an entry written without them
  'out_of_range', // a tree size, seq or query value beyond what exists
  'malformed_line', // an export line that does not parse
  'not_verified', // an export line that does not verify against its checkpoint
  'entry_type_mismatch', // an exported entry whose type differs from its line's
  'personal_data_missing', // an export without personal data imported without saying so
  'store_not_empty', // an import into a store that already holds entries
  'source_closed', // an export's lines ended before its end line
  'not_utf8', // an export that is not UTF-8 text

  // Credit files.
  'reaches_back', // an entry before the file's last one, folded without the earlier entries
  'host_fold_failed', // a host entry type's fold throws

  // Rules and policies.
  'unknown_field', // a condition, or an import mapping, names a field the item does not have
  'unknown_fact', // a condition reads a fact its section does not report
  'not_proposable', // a rule proposes, as a fixed entry, a type only its own effect makes
  'invalid_reason', // a condition names a listing reason its list does not have
  'no_report_due', // an annual-report rule with no due date, here or in the policy
  'no_calendar', // a working-day count in a policy with no holiday calendar
  'overlapping_versions', // two versions of a rule in force on the same day
  'hash_mismatch', // a policy whose stated hash is not the hash of its content
  'file_after_date', // a credit file read as of a day after the one it is evaluated on
  'interval_inverted', // a span whose atMost ends before its atLeast from some day

  // The register and its nightly rules run.
  'does_not_settle', // a policy's proposals keep leading to more within one day
  'to_before_from', // a due-date window that ends before it starts
  'to_before_start', // a rules run whose last day is before the day it starts on
  'missing_from', // a first rules run (no state) without the day to start on

  // Proofs: hashes, keys, signed notes, checkpoints and verification.
  'invalid_hex', // text that is not an even number of hexadecimal digits
  'invalid_base64', // text that is not canonical padded base64
  'not_a_function', // a hash or signature implementation that is not one
  'invalid_salt', // a personal-data salt of the wrong length
  'invalid_signer', // a signer that is not { name, publicKey, sign }
  'invalid_note', // note text that cannot be signed
  'malformed_note', // a signed note that does not parse
  'bad_signature', // a signature that does not verify
  'no_signature_for_key', // a note with no signature by the trusted key
  'malformed_checkpoint', // a checkpoint note whose body does not parse
  'invalid_checkpoint', // a checkpoint to write with a bad origin, size, root or extension
  'unexpected_origin', // a checkpoint from another log
  'no_checkpoint', // a verification with no checkpoint to verify against
  'truncated', // fewer entries than the checkpoint covers
  'version_gap', // an organization's versions skip or repeat
  'root_mismatch', // the entries do not hash to the checkpoint's root
  'size_mismatch', // a proof for a tree of another size than the checkpoint's
  'index_mismatch', // a proof for another entry
  'entry_changed', // an entry that does not hash to its proof's leaf
  'malformed_proof', // an audit path that is not 32-byte hashes
  'not_included', // an audit path that does not lead to the checkpoint's root
  'invalid_timestamp', // a cosignature time that is not whole seconds from 0
  'checkpoint_rolled_back', // a checkpoint smaller than one the witness cosigned
  'inconsistent_checkpoint', // a checkpoint no consistency proof joins to the one cosigned
  'consistency_proof_missing', // a grown checkpoint sent to a witness without its proof
  'bad_cosignature', // a witness's cosignature line that does not verify
  'log_key_changed', // a log a witness follows, shown under another key
  'origin_required', // a witness policy checked without the origin it vouches for
  'quorum_not_met', // fewer witnesses cosigned a checkpoint than the policy needs
  'invalid_witness_policy', // a witness policy without witnesses or with a wrong quorum
  'invalid_tile_path', // a path C2SP tlog-tiles does not write
  'entry_too_large', // an entry longer than an entry bundle's 65,535 bytes
  'malformed_bundle', // an entry bundle whose lengths run past its end or miscount
  'missing_tile', // a tiled log that does not serve a tile, bundle or checkpoint it must

  // Disclosure: public reports and their verification.
  'not_public', // a report shows a field its policy keeps private
  'forbidden_key', // a report key (__proto__, constructor, prototype) a copy would not keep
  'malformed_report', // a report that refers to itself, holds class instances, or cannot be checked
  'invalid_options', // verifyReport's options are wrong
  'policy_mismatch', // a report cites another disclosure policy than the one checked against
  'no_disclosure_policy', // a rules pack given as a disclosure policy that has none
  'statement_mismatch', // a report changed after its statement was signed
  'notes_changed', // an item's notes do not follow from the report's entries
  'duplicate', // an entry shown twice in a report
  'wrong_section', // an entry shown in a section it does not belong to
  'wrong_org', // another organization's entry in the report
  'after_as_of', // an entry dated after the report
  'malformed_entry', // a shown entry whose commitments or salts are malformed
  'field_changed', // a shown value that does not match its commitment
  'not_committed', // a shown field the entry commits to nothing for
  'missing_salt', // a shown value without its salt
  'people_changed', // shown people whose commitments do not hash to the entry's
  'unknown_size', // a report's checkpoint is for a tree size the ledger does not have
  'inconsistent', // a later checkpoint that the consistency proof does not tie to a report's

  // Importing another system's records (integrity-ledger/import).
  'file_not_found', // the file to read does not exist
  'unreadable_file', // the file cannot be read (a folder, no permission)
  'unknown_format', // a file format the importer does not read
  'not_text', // bytes that are not text in the encoding given
  'not_xlsx', // a file that is not an .xlsx workbook
  'sheet_not_found', // a workbook without the sheet asked for
  'csv_syntax', // a CSV line that does not parse
  'json_syntax', // a JSON Lines line that does not parse
  'not_an_object', // a JSON Lines line that is not an object
  'nested_value', // a JSON Lines cell holding an object or a list
  'no_header', // a header row that names no column
  'duplicate_column', // two columns with the same name
  'no_source', // a field mapping with neither a column nor a value
  'column_and_value', // a field mapping with both a column and a value
  'not_for_value', // a column's option on a fixed value
  'map_and_convert', // a field mapping with both a value map and a conversion
  'missing_field', // a kind mapping, or the recording day, leaves out a field the entry needs
  'kind_column_needed', // several kinds of row with no column to tell them apart
  'when_without_kind_column', // a kind's when with no kind column
  'when_needed', // a kind with no when, beside a kind column
  'duplicate_when', // a kind column value taken by two kinds
  'unknown_row_kind', // a row of a kind the mapping does not know
  'missing_value', // a row with no value where the mapping needs one
  'unmapped_value', // a cell value the field's value map does not list
  'invalid_integer', // a cell that is not a whole number
  'invalid_number', // a cell that is not a number
  'invalid_boolean', // a cell that is not yes or no
  'invalid_amount', // a cell that is not an amount in yuan

  // The public query service (integrity-ledger/http): query and path parameters.
  'invalid_text', // a name or text parameter empty or too long
  'invalid_day', // a day parameter that is not YYYY-MM-DD
  'after_today', // a day parameter after today
  'invalid_division', // a division code that is not 2, 4 or 6 digits
  'invalid_language', // a lang other than zh-CN or en
  'invalid_organization_id', // a path's organization id that does not parse
  'invalid_list', // a list name other than abnormal or serious
  'missing_parameter', // a parameter the route needs is not given
  'repeated_parameter', // a parameter given twice
  'unknown_parameter', // a parameter the route does not take

  // The command line and the languages of its output.
  'invalid_json', // an input line that is not JSON
  'invalid_key_file', // a signing key file that is not one, or whose hash does not match
  'unknown_language', // a language other than zh-CN (or zh) and en
] as const

/** A stable issue code: switch over it to handle each kind; the full list is `issueCodes`. */
export type IssueCode = (typeof issueCodes)[number]
