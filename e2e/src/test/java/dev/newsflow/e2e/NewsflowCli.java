package dev.newsflow.e2e;

import dev.newsflow.cli.NewsflowCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code ./newsflow} commands in this JVM, as a user types them, capturing what they print. */
final class NewsflowCli {

    record Run(int exitCode, String out, String err) {
    }

    private NewsflowCli() {
    }

    static Run run(String... args) {
        CommandLine cli = NewsflowCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
