/**
 * Evaluation: scores extracted facts and registry entities against gold files, giving exactly the
 * figures of the reference scorer {@code ../shared/tools/score.py} (the fact contract's scoring,
 * {@code ../shared/spec/facts.md}).
 *
 * <p>The facts are kept as Jackson trees and compared with Python's semantics ({@code ==}, {@code
 * <}, {@code sorted}, {@code str}, {@code float}, truthiness) because the contract's scoring is
 * defined by what score.py does with {@code json.loads} values, quirks included. Input that would
 * make score.py stop with an exception is reported as an {@link
 * org.entente.eval.EvalInputException} instead. The public types are what the command line calls:
 * {@link org.entente.eval.FactScorer}, {@link org.entente.eval.RegistryScorer} and the {@link
 * org.entente.eval.Evaluation} they produce.
 */
package org.entente.eval;
