/** Benchmarks and the synthetic corpora they run on; not part of the application. */
package org.entente.bench;
