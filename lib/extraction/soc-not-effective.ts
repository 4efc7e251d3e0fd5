// A test result told in words instead of "Exception noted.": "Not operating effectively.", "Control not operating
// effectively:" (a narrow results column may hyphenate "effec-tively"). Shared by the text-stream reader (soc-tests.ts)
// and the positioned reader (soc-test-table.ts); in a sentence ("controls were not operating effectively to meet …")
// it is not a result, so both readers look for it only where a cell opens.
export const NOT_EFFECTIVE = /(?:Control\s+)?(?:Not|NOT)\s+operating\s+effec-?\s*tively/;
