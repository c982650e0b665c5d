using Modernize.Scanning.Configuration;
using Modernize.Analysis.Guardrails;
using Modernize.Loading.Input;
using Modernize.Loading.Repository;
using Modernize.Model;
using Modernize.Model.Configuration;
using Modernize.Model.Scan;
using Modernize.Storage;

namespace Modernize.Scanning.Guardrails;

/// <summary>
/// What the guard commands and the MCP server work from: the product map of a solution and its latest stored scan, read
/// once. Nothing is written: the store is opened read-only and never created, the tree is only read.
/// </summary>
public sealed class GuardWorkspace
{
    private const long MaxFileBytes = 1 << 20;

    private GuardWorkspace(string path, string root, ModernizeConfig config, ScanDocument? scan, string scanNote)
    {
        Path = path;
        Root = root;
        Config = config;
        Scan = scan;
        ScanNote = scanNote;
        Queries = new GuardrailQueries(new ProductMapIndex(config, scan));
    }

    /// <summary>The solution, project or folder as the user named it.</summary>
    public string Path { get; }

    /// <summary>The scanned root: file paths of the scan and of the answers are relative to it.</summary>
    public string Root { get; }

    public ModernizeConfig Config { get; }

    public ScanDocument? Scan { get; }

    /// <summary>Which scan the answers come from, or why there is none.</summary>
    public string ScanNote { get; }

    public GuardrailQueries Queries { get; }

    /// <param name="database">The store; null looks for the default store and goes on without a scan when there is none.</param>
    public static async Task<GuardWorkspace> OpenAsync(string path, string? map, string? database, CancellationToken ct)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new InputException(path, "not found");
        }

        var config = ConfigLoader.FindAndLoad(path, map) ?? ModernizeConfig.Default;
        var input = InputResolver.Resolve(path);
        var (scan, note) = await LatestScanAsync(path, input, database, ct).ConfigureAwait(false);
        return new GuardWorkspace(path, input.Root, config, scan, note);
    }

    /// <summary>The solution as generated files name it: relative to the root (the solution file, or "." for a folder), the same from wherever the command runs.</summary>
    public string Target => File.Exists(Path) ? System.IO.Path.GetRelativePath(Root, System.IO.Path.GetFullPath(Path)).Replace('\\', '/') : ".";

    /// <summary>The scanned root's path inside its git repository, for CODEOWNERS patterns.</summary>
    public string RepositoryPrefix() => GuardFiles.RepositoryPrefix(Root);

    /// <summary>A file of the tree by its path relative to the root (null when absent, outside the root, or over 1 MiB); only read.</summary>
    public string? ReadFile(string relativePath)
    {
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, relativePath));
        var root = System.IO.Path.GetFullPath(Root).TrimEnd(System.IO.Path.DirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar;
        if (!full.StartsWith(root, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{relativePath}' is outside the solution folder");
        }

        var file = new FileInfo(full);
        return file.Exists && file.Length <= MaxFileBytes ? File.ReadAllText(full) : null;
    }

    private static async Task<(ScanDocument? Scan, string Note)> LatestScanAsync(string path, ScanInput input, string? database, CancellationToken ct)
    {
        var given = database is not null;
        var location = DatabaseArgument.Resolve(database ?? ScanStoreFactory.DefaultPath);
        var isFile = !location.Contains("://", StringComparison.Ordinal) && !location.Contains('=', StringComparison.Ordinal);
        if (isFile && !File.Exists(location))
        {
            if (given)
            {
                throw new InputException(location, "no Modernize database here yet; run 'modernize scan --db " + location + "' first");
            }

            return (null, $"no stored scan ({ScanStoreFactory.DefaultPath} does not exist): answers use the product map's globs only");
        }

        using var store = await ScanStoreFactory.OpenExistingAsync(isFile ? $"Data Source={System.IO.Path.GetFullPath(location)};Mode=ReadOnly" : location, ct).ConfigureAwait(false);
        var identity = SolutionIdentity.Of(RepositoryInfo.Read(path), input.Name);
        var latest = await store.LatestAsync(identity, ct).ConfigureAwait(false);
        if (latest is null)
        {
            return (null, $"no scan of {input.Name} in {store.Location}: answers use the product map's globs only (run 'modernize scan {path} --db {store.Location}')");
        }

        var scan = await store.LoadAsync(latest.Id, ct).ConfigureAwait(false);
        return (scan, $"scan {latest.Id} of {scan?.Info.StartedAt:yyyy-MM-dd HH:mm} UTC from {store.Location}");
    }
}
