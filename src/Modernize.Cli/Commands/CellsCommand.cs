using System.CommandLine;
using Modernize.Cli.Terminal;
using Modernize.Scanning;
using Modernize.Scanning.UseCases;
using Spectre.Console;

namespace Modernize.Cli.Commands;

/// <summary><c>modernize cells &lt;path&gt; [--seed n] [--resolution γ] [--explain cell] [--safe] [--verbose]</c>: propose cells and tissue, seams, shared data and an extraction order.</summary>
internal static class CellsCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A .sln, .slnx, .csproj or .vbproj file, or a folder holding one solution or some projects." };
        var seed = new Option<int?>("--seed") { Description = "Seed of the community detection (default 42): the same seed gives the same cells." };
        var resolution = new Option<double?>("--resolution") { Description = "Modularity resolution γ: higher gives more, smaller cells (default: chosen by stability among proposal.resolutions)." };
        var explain = new Option<string?>("--explain") { Description = "Print one cell's or tissue element's whole explanation and members." };
        var safe = new Option<bool>("--safe") { Description = "Read project files as data: no MSBuild evaluation, no restore, no process started, nothing written." };
        var verbose = new Option<bool>("--verbose") { Description = "Show loading details, every warning and stack traces of failures." };
        var map = new Option<string?>("--map") { Description = "modernize.yml with the declared product map (default: modernize.yml beside the scanned solution)." };
        var command = new Command("cells", "Propose cells (business slices) and tissue (shared code), score every seam, list shared tables and say which cell to carve out first.")
        {
            path, seed, resolution, explain, map, safe, verbose,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = new ScanRequest(parse.GetValue(path)!, parse.GetValue(safe), null)
            {
                MapPath = parse.GetValue(map),
                Seed = parse.GetValue(seed),
                Resolution = parse.GetValue(resolution),
            };
            var isVerbose = parse.GetValue(verbose);
            var useCase = ScanUseCase.CreateDefault();
            var scan = await ScanConsole.RunAsync(isVerbose, progress => useCase.ScanAsync(request, progress, cancellationToken)).ConfigureAwait(false);
            CellsPrinter.Print(AnsiConsole.Console, scan, parse.GetValue(explain));
            return ExitCodes.Success;
        });
        return command;
    }
}
