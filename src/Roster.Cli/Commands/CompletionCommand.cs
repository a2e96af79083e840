using System.CommandLine;

namespace Roster.Cli.Commands;

/// <summary>
/// <c>roster completion bash|zsh|fish</c>: prints a shell completion script. Each script asks the CLI itself through
/// System.CommandLine's <c>[suggest:POSITION]</c> directive, so commands, options and option values (such as
/// <c>--rank head|deputy</c>) complete from the same definitions that parse them, with no list kept twice.
/// Install: <c>source &lt;(roster completion bash)</c>, <c>roster completion zsh &gt; "${fpath[1]}/_roster"</c>,
/// <c>roster completion fish &gt; ~/.config/fish/completions/roster.fish</c>.
/// </summary>
public static class CompletionCommand
{
    /// <summary>The shells a script is printed for.</summary>
    public static readonly string[] Shells = ["bash", "zsh", "fish"];

    /// <summary>The script for <paramref name="shell"/>.</summary>
    public static string ScriptFor(string shell) => shell switch
    {
        "bash" => """
            # roster completion for bash: source <(roster completion bash)
            _roster_complete() {
                local IFS=$'\n'
                COMPREPLY=( $(compgen -W "$(roster "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}") )
            }
            complete -o default -F _roster_complete roster

            """,
        "zsh" => """
            #compdef roster
            # roster completion for zsh: roster completion zsh > "${fpath[1]}/_roster"
            _roster() {
                local -a suggestions
                suggestions=("${(@f)$(roster "[suggest:${CURSOR}]" "${BUFFER}" 2>/dev/null)}")
                compadd -- ${suggestions}
            }
            compdef _roster roster

            """,
        _ => """
            # roster completion for fish: roster completion fish > ~/.config/fish/completions/roster.fish
            complete -c roster -f -a '(roster "[suggest:"(commandline -C)"]" (commandline -p) 2>/dev/null)'

            """,
    };

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var shell = new Argument<string>("shell") { Description = "bash, zsh or fish" };
        shell.AcceptOnlyFromAmong(Shells);
        var command = new Command("completion", "Print a shell completion script (bash, zsh or fish)") { shell };
        command.SetAction(parse =>
        {
            context.Output.Write(ScriptFor(parse.GetRequiredValue(shell)));
            return ExitCodes.Success;
        });
        return command;
    }
}
