// The two text libraries ship no TypeScript types; these are the parts the project uses.
declare module 'snowball-stemmers' {
  const snowball: { newStemmer(language: string): { stem(word: string): string } };
  export default snowball;
}
declare module 'stopword' {
  /** Norwegian Bokmål stopwords. */
  export const nob: string[];
}
