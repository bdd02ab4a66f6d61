// Types for the arquero modules the explorer imports by path (see select.ts for why not the package entry).
declare module 'arquero/src/table/Table.js' {
  export { Table } from 'arquero/dist/types/table/Table.js';
}
declare module 'arquero/src/verbs/filter.js' {
  export { _filter } from 'arquero/dist/types/verbs/filter.js';
}
declare module 'arquero/src/verbs/orderby.js' {
  export { _orderby } from 'arquero/dist/types/verbs/orderby.js';
}
