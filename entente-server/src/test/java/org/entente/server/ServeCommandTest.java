package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.entente.cli.Main;
import org.junit.jupiter.api.Test;

class ServeCommandTest {

  @Test
  void serveIsAnEntenteSubcommandWhenTheServerIsOnTheClassPath() {
    StringWriter out = new StringWriter();
    int status = Main.run(new String[] {"serve", "--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(status).isZero();
    assertThat(out.toString()).contains("--port", "--token", "--bind", "--data", "--db");
  }
}
