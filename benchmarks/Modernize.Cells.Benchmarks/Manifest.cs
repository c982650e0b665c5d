using System.Text.Json;
using System.Text.RegularExpressions;

namespace Modernize.Cells.Benchmarks;

/// <summary>The solutions of the benchmark: where each is cloned, which commit, and how a type's path names its module.</summary>
internal sealed record Manifest(IReadOnlyList<BenchmarkSolution> Solutions)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static Manifest Load(string path) =>
        JsonSerializer.Deserialize<Manifest>(File.ReadAllText(path), Options)
        ?? throw new InvalidOperationException(path + ": empty manifest");
}

internal sealed record BenchmarkSolution(string Name, string Folder, string Repository, string Commit, string Solution, string Shape, IReadOnlyList<string>? SetAside, IReadOnlyList<ModuleRule> Rules)
{
    /// <summary>The folder a scan of the solution takes as its root: file paths in the graph and in the history are relative to it.</summary>
    public string Root(string ext) => Path.GetDirectoryName(Path.GetFullPath(Path.Combine(ext, Folder, Solution)))!;
}

/// <param name="On"><c>file</c> (default): the type's file path; <c>type</c>: its id.</param>
internal sealed record ModuleRule(string Match, string Module, string? On)
{
    public const string Tissue = "tissue";
    public const string Host = "host";
    public const string Ignore = "ignore";

    /// <summary>The module of a type by the first rule matching it, or null.</summary>
    public static string? ModuleOf(IReadOnlyList<ModuleRule> rules, string file, string id)
    {
        foreach (var rule in rules)
        {
            var match = Regex.Match(rule.On == "type" ? id : file, rule.Match, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            if (match.Success)
            {
                return match.Result(rule.Module);
            }
        }

        return null;
    }
}
