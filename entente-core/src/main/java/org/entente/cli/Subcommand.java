package org.entente.cli;

/**
 * A subcommand another module adds to {@code entente}: a picocli {@code @Command} class with a
 * public no-argument constructor, listed in {@code META-INF/services/org.entente.cli.Subcommand}
 * and found with {@link java.util.ServiceLoader} when it is on the class path (so the core does
 * not depend on the modules that extend it, such as the server's {@code serve}).
 */
public interface Subcommand {}
