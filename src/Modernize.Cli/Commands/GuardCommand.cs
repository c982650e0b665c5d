using System.CommandLine;
using Modernize.Scanning.Guardrails;

namespace Modernize.Cli.Commands;

/// <summary>
/// <c>modernize guard export|codeowners|agents PATH [--map FILE] [--db STORE] [--out FILE]</c>: the files that carry the
/// guardrails of modernize.yml to where code is written (docs/guardrails.md). Deterministic; <c>check</c> reports stale copies.
/// </summary>
internal static class GuardCommand
{
    public static Command Create()
    {
        var command = new Command("guard", "Carry modernize.yml to where code is written: the build-time guardrails file, CODEOWNERS, the AGENTS.md section.");
        command.Subcommands.Add(Sub(
            "export",
            "Write modernize.guardrails.json for the Modernize.Analyzers package (build-time MOD0001-MOD0004).",
            (workspace, _) => GuardFiles.Export(workspace.Config)));
        command.Subcommands.Add(Sub(
            "codeowners",
            "Write a CODEOWNERS file (GitHub and GitLab syntax) from the cells' owners: project globs, else the files of the latest stored scan.",
            (workspace, _) => GuardFiles.CodeOwners(workspace.Config, workspace.Scan, workspace.RepositoryPrefix())));
        command.Subcommands.Add(Sub(
            "agents",
            "Write the architecture section of AGENTS.md (cells, owners, what each may use, how to verify a change); replaces it in place in an existing file.",
            (workspace, existing) => Analysis.Guardrails.AgentsExport.Merge(existing, GuardFiles.AgentsSection(workspace.Config, workspace.Target))));
        return command;
    }

    /// <param name="render">The file's new content from the workspace and the file's current content (null when new or printed).</param>
    private static Command Sub(string name, string description, Func<GuardWorkspace, string?, string> render)
    {
        var path = new Argument<string>("path") { Description = "Solution (.sln/.slnx), project, or folder; modernize.yml is found beside it." };
        var map = new Option<string?>("--map") { Description = "modernize.yml to use (default: modernize.yml beside the solution)." };
        var database = new Option<string?>("--db") { Description = $"Scan store to read the latest scan of the solution from (read-only; default: {Storage.ScanStoreFactory.DefaultPath} when it exists)." };
        var output = new Option<string?>("--out") { Description = "File to write; printed to standard output when absent." };
        var command = new Command(name, description) { path, map, database, output };
        command.SetAction(async (parse, cancellation) =>
        {
            var workspace = await GuardWorkspace.OpenAsync(parse.GetRequiredValue(path), parse.GetValue(map), parse.GetValue(database), cancellation).ConfigureAwait(false);
            var target = parse.GetValue(output);
            var writer = parse.InvocationConfiguration.Output;
            if (target is null)
            {
                await writer.WriteAsync(render(workspace, null)).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var existing = File.Exists(target) ? await File.ReadAllTextAsync(target, cancellation).ConfigureAwait(false) : null;
            var text = render(workspace, existing?.ReplaceLineEndings("\n"));
            if (existing is not null && existing.ReplaceLineEndings("\n") == text)
            {
                await writer.WriteLineAsync($"{target} is up to date").ConfigureAwait(false);
                return ExitCodes.Success;
            }

            GuardFiles.Write(target, text);
            await writer.WriteLineAsync($"wrote {target} ({workspace.ScanNote})").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
