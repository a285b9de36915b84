/**
 * The command line: one picocli command per verb, wiring the stages together (a composition
 * root), and mapping every error to a message and an exit code in one place ({@link
 * org.entente.cli.Main}).
 */
package org.entente.cli;
