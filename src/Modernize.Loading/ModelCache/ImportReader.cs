using System.Runtime.CompilerServices;
using Microsoft.Build.Evaluation;

namespace Modernize.Loading.ModelCache;

/// <summary>
/// Evaluates projects in-process (no targets run) to list every file their evaluation imported: what a cached model must be keyed by.
/// Runs beside the workspace's design-time builds, which happen in the build host process.
/// </summary>
internal static class ImportReader
{
    /// <summary>Imported files per project path; a project that cannot be evaluated maps to null (its model is not cached).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Dictionary<string, IReadOnlyList<string>?> Read(IEnumerable<string> projects, IReadOnlyDictionary<string, string> globalProperties, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, IReadOnlyList<string>?>(StringComparer.Ordinal);
        using var collection = new ProjectCollection(globalProperties.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase));
        foreach (var path in projects)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var project = collection.LoadProject(path);
                result[path] = project.Imports.Select(i => i.ImportedProject.FullPath).Distinct(StringComparer.Ordinal).ToList();
                collection.UnloadProject(project);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Whatever stops the evaluation (a bad import, an SDK MSBuild cannot resolve in this process) only stops caching the project.
                result[path] = null;
            }
        }

        return result;
    }
}
