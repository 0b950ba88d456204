// OData $filter pieces, built in one place. A value compared in a filter can be anything a person
// typed into Microsoft Lists (a mentor id in a session record), so it is quoted for OData here, and
// the whole filter is percent-encoded for the URL: the Graph client puts `.filter()` into the query
// string as it is, where a "&" would start another parameter and a "#" would cut the URL short.

/** A string literal for $filter: in single quotes, each quote doubled. */
export function odataString(value: string): string {
  return `'${value.split("'").join("''")}'`;
}

/** A $filter expression ready for the query string (`.filter(…)` or `$filter=` in a $batch URL). */
export function filterParam(expression: string): string {
  return encodeURIComponent(expression);
}
