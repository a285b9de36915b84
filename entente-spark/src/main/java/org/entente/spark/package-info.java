/**
 * The core's annotation and extraction as a Spark job ({@link org.entente.spark.ExtractJob}):
 * documents in as JSON Lines or Parquet, facts out as JSON Lines and Parquet in the fact
 * contract's shape, partitioned by the year of the document.
 */
package org.entente.spark;
