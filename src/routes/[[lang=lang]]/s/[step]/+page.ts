// A share page only sends the reader on: an inline script does that, so no app code loads here.
export const csr = false;
