package dev.newsflow.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.tools.ToolProvider;

/**
 * A newsflow checkout in a temporary folder whose service modules are built from a tiny fake service: it prints its
 * pid and the stack's variables, answers 200 on every path of {@code SERVER_PORT}, or exits with code 3 and
 * {@code boom: <FAIL>} when {@code FAIL} is set; with {@code EXHAUST_HEAP} set, a second thread fills the heap from its
 * first health answer on until it is out of memory, as a consumer thread on too big a record would. Enough to test how services are started, awaited and stopped.
 */
final class FakeCheckout {

    private static final String SOURCE = """
            %s
            public class %s {
                public static void main(String[] args) throws Exception {
                    System.out.println("pid " + ProcessHandle.current().pid());
                    new java.util.TreeMap<>(System.getenv()).forEach((name, value) -> {
                        if (name.matches("(KAFKA|SERVER|ELASTICSEARCH|ARTICLES|FETCHER|DATASOURCE)_.*")) {
                            System.out.println(name + "=" + value);
                        }
                    });
                    System.out.flush();
                    if (System.getenv("FAIL") != null) {
                        System.err.println("boom: " + System.getenv("FAIL"));
                        System.exit(3);
                    }
                    var server = com.sun.net.httpserver.HttpServer.create(
                            new java.net.InetSocketAddress("127.0.0.1", Integer.parseInt(System.getenv("SERVER_PORT"))), 0);
                    var exhausting = new java.util.concurrent.atomic.AtomicBoolean(System.getenv("EXHAUST_HEAP") == null);
                    server.createContext("/", x -> {
                        if (exhausting.compareAndSet(false, true)) {
                            // once healthy, as a Kafka consumer thread on a record too big for the heap: the error
                            // ends this thread only
                            new Thread(() -> {
                                try {
                                    Thread.sleep(1000); // the answer first
                                } catch (InterruptedException e) {
                                    return;
                                }
                                var hoard = new java.util.ArrayList<byte[]>();
                                while (true) {
                                    hoard.add(new byte[1 << 20]);
                                }
                            }, "consumer").start();
                        }
                        byte[] body = "{\\"status\\":\\"UP\\"}".getBytes();
                        x.sendResponseHeaders(200, body.length);
                        x.getResponseBody().write(body);
                        x.close();
                    });
                    server.start();
                    System.out.println("fake service listening");
                    System.out.flush();
                }
            }
            """;

    private FakeCheckout() {
    }

    /** A checkout at {@code root} with {@code services/<module>} built for each entry (module to main class). */
    static RepoLayout create(Path root, Map<String, String> mainClassByModule) throws IOException {
        Files.createDirectories(root);
        Files.writeString(root.resolve("pom.xml"), "<project><artifactId>newsflow</artifactId><modules/></project>");
        for (var module : mainClassByModule.entrySet()) {
            Path classes = Files.createDirectories(root.resolve("services").resolve(module.getKey()).resolve("target/classes"));
            String mainClass = module.getValue();
            int dot = mainClass.lastIndexOf('.');
            String pkg = dot < 0 ? "" : "package " + mainClass.substring(0, dot) + ";";
            String simpleName = mainClass.substring(dot + 1);
            Path source = Files.writeString(Files.createTempDirectory(root, "src").resolve(simpleName + ".java"),
                    SOURCE.formatted(pkg, simpleName));
            int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), source.toString());
            assertThat(rc).as("compiling the fake %s", mainClass).isZero();
            Files.writeString(classes.resolveSibling("classpath.txt"), "\n");
        }
        return new RepoLayout(root);
    }

    /** The pid a fake service printed first in {@code log}. */
    static long pidIn(Path log) throws IOException {
        return Files.readAllLines(log).stream().filter(l -> l.startsWith("pid ")).findFirst()
                .map(l -> Long.parseLong(l.substring(4)))
                .orElseThrow(() -> new AssertionError("no pid in " + log));
    }

    /** Whether process {@code pid} still runs. */
    static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
