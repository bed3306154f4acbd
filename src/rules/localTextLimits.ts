/**
 * The longest phrase, in characters, a rule, a title or a citation carries in either language:
 * one limit for the classic schemas of the rule language and the small ones a browser loads.
 */
export const LOCAL_TEXT_MAX = 500
