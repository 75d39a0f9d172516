// Type declarations for small npm packages that ship none.
declare module 'wink-porter2-stemmer' {
  const stem: (word: string) => string;
  export default stem;
}
declare module 'stopword' {
  export const eng: string[];
}
