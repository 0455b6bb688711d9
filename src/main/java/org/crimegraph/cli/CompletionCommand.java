package org.crimegraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crimegraph completion}: the bash/zsh completion script for every command and option (picocli AutoComplete). */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print the shell completion script for bash and zsh.",
                "bash: source <(crimegraph completion); zsh: autoload -U +X bashcompinit && bashcompinit && "
                        + "source <(crimegraph completion). Or save it in /etc/bash_completion.d/."})
final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(AutoComplete.bash("crimegraph", spec.root().commandLine()));
        out.flush();
        return ExitCodes.OK;
    }
}
