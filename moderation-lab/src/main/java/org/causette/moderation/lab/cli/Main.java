package org.causette.moderation.lab.cli;

import org.causette.moderation.lab.evaluation.EvaluateCommand;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Entry point of {@code causette-moderation.jar}: {@code moderate ...}, {@code evaluate ...} or {@code train ...}. */
public final class Main {

    private static final String USAGE = """
            usage: java -jar causette-moderation.jar moderate --context adult-room|teen-room|direct|teen-direct|nickname|room-name [--conversation]
                   java -jar causette-moderation.jar evaluate [--datasets ../shared/datasets] [--functional moderation-engine/functional-tests] [--out docs/moderation-quality.md]
                   java -jar causette-moderation.jar train [--datasets ../shared/datasets] [--out moderation-engine/src/main/resources/org/causette/moderation/engine/model/abuse-model.bin]
            """;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        System.exit(run(args, out));
    }

    static int run(String[] args, PrintStream out) throws Exception {
        if (args.length == 0) {
            System.err.print(USAGE);
            return 2;
        }
        try {
            switch (args[0]) {
                case "moderate" -> {
                    String context = option(args, "--context", "adult-room");
                    boolean conversation = java.util.Arrays.asList(args).contains("--conversation");
                    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                    return new ModerateCommand().run(ModerateCommand.parseContext(context), conversation, in, out);
                }
                case "evaluate" -> {
                    Path datasets = Path.of(option(args, "--datasets", "../shared/datasets"));
                    Path report = Path.of(option(args, "--out", "docs/moderation-quality.md"));
                    // the team-written suites are in the repository: measured by default when run from its root
                    Path functional = Path.of(option(args, "--functional", "moderation-engine/functional-tests"));
                    return new EvaluateCommand().run(datasets, functional, report, String.join(" ", args), out);
                }
                case "train" -> {
                    Path datasets = Path.of(option(args, "--datasets", "../shared/datasets"));
                    Path model = Path.of(option(args, "--out", "moderation-engine/src/main/resources/org/causette/moderation/engine/model/abuse-model.bin"));
                    return new TrainCommand().run(datasets, model, "train --datasets " + datasets + " --out " + model, out);
                }
                default -> {
                    System.err.print(USAGE);
                    return 2;
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            return 2;
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 1; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
