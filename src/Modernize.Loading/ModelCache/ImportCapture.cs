using Modernize.Loading.View;

namespace Modernize.Loading.ModelCache;

/// <summary>
/// Carries what a cached load needs out of an MSBuild load over the private view: the view itself (to name paths as the user's)
/// and the imports of every project, read by an in-process evaluation while the build host runs the design-time builds.
/// </summary>
internal sealed class ImportCapture
{
    private static readonly string ScratchPrefix = Path.Combine(Path.GetTempPath(), "modernize-scan-");

    private Task<Dictionary<string, IReadOnlyList<string>?>>? reading;

    public PrivateView? View { get; set; }

    /// <summary>Starts evaluating <paramref name="projects"/> (paths in the view) with the workspace's global properties.</summary>
    public void Start(IEnumerable<string> projects, IReadOnlyDictionary<string, string> globalProperties, CancellationToken cancellationToken)
    {
        var list = projects.ToList();
        var properties = globalProperties.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        reading = Task.Run(() => ImportReader.Read(list, properties, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Imports per project, as the user's paths (files of the copy named by their original, files generated in the scratch folder
    /// left out: they are made anew by every load from inputs that are recorded); null for a project that could not be evaluated.
    /// </summary>
    public async Task<Dictionary<string, IReadOnlyList<string>?>> ResultAsync()
    {
        var result = new Dictionary<string, IReadOnlyList<string>?>(StringComparer.Ordinal);
        if (reading is null || View is null)
        {
            return result;
        }

        Dictionary<string, IReadOnlyList<string>?> read;
        try
        {
            read = await reading.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return result; // no imports known: nothing is stored, the scan goes on
        }

        foreach (var (project, imports) in read)
        {
            result[View.ToOriginal(project)] = imports?
                .Select(View.ToOriginal)
                .Where(i => !i.StartsWith(ScratchPrefix, StringComparison.Ordinal))
                .ToList();
        }

        return result;
    }
}
