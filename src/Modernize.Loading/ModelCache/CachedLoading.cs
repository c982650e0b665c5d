using Modernize.Loading.Environment;
using Modernize.Loading.Input;
using Modernize.Loading.ProjectFiles;
using Modernize.Loading.Workspace;

namespace Modernize.Loading.ModelCache;

/// <summary>
/// Loading with project models kept between scans. A project whose recorded inputs (<see cref="ModelInputs"/>) are all unchanged
/// is rebuilt from its model; the others are loaded by MSBuild over the private view, alone, and their models stored. When every
/// project is reused, MSBuild is not started and no private copy is made. Either way the solution handed to extraction is built
/// from models, so a rescan and a first scan see the same projects.
/// </summary>
internal static class CachedLoading
{
    /// <summary>An MSBuild load over the private view of only the given projects (null: all), filling the capture.</summary>
    public delegate Task<LoadedWorkspace> MsBuildLoad(IReadOnlySet<string>? only, ImportCapture capture);

    public static async Task<LoadedWorkspace> LoadAsync(ScanInput input, ProjectSet projects, LoadOptions options, IProjectModelCache cache, IProgress<string>? progress, MsBuildLoad loadWithMsBuild, CancellationToken cancellationToken)
    {
        var environment = MsBuildEnvironment.Register();
        var environmentKey = ModelInputs.Environment(
        [
            "sdk " + environment.SdkVersion,
            "sdks " + string.Join(';', environment.InstalledSdks),
            "msbuild " + environment.MsBuildPath,
            "restore " + options.RestoreMissing,
            "packages " + NuGetFolders.GlobalPackages,
        ]);
        var inputs = new ModelInputs();
        var facts = projects.Facts.OrderBy(f => f.FullPath, StringComparer.Ordinal).ToList();
        var relative = facts.Select(f => RootPaths.Relative(input.Root, f.FullPath)).ToList();
        var stored = await cache.GetAsync([.. relative.Select(ProjectModelStore.KeyOf), ProjectModelStore.SolutionKey], cancellationToken).ConfigureAwait(false);

        var hits = new Dictionary<string, ProjectModel>(StringComparer.Ordinal);
        foreach (var (project, path) in facts.Zip(relative))
        {
            var entry = ProjectModelStore.Decode<ProjectModelEntry>(stored.GetValueOrDefault(ProjectModelStore.KeyOf(path)));
            if (entry is not null && entry.Format == ProjectModelStore.Format && entry.Environment == environmentKey && inputs.Unchanged(entry.Inputs, project.FullPath)
                && inputs.FilesExist(entry.Model))
            {
                hits[project.FullPath] = entry.Model;
            }
        }

        var solution = ProjectModelStore.Decode<SolutionModelEntry>(stored.GetValueOrDefault(ProjectModelStore.SolutionKey));
        var solutionValid = solution is not null && solution.Format == ProjectModelStore.Format && solution.Environment == environmentKey
            && solution.Projects.SequenceEqual(relative, StringComparer.Ordinal) && inputs.Unchanged(solution.Inputs, input.Solution ?? Path.Combine(input.Root, "-"));
        if (hits.Count == facts.Count && solutionValid)
        {
            progress?.Report($"reused the stored models of all {facts.Count} project(s): MSBuild not started");
            var (workspace, loaded) = ModelSolution.Build([.. facts.Select(f => hits[f.FullPath])]);
            return new LoadedWorkspace(input.Root, input.Name, Ordered(loaded), solution!.Warnings, [workspace]) { MissingProjects = solution.MissingProjects };
        }

        var only = solutionValid && hits.Count > 0 ? facts.Where(f => !hits.ContainsKey(f.FullPath)).Select(f => f.FullPath).ToHashSet(StringComparer.Ordinal) : null;
        progress?.Report(only is null
            ? $"loading all {facts.Count} project(s) with MSBuild (no stored model matches)"
            : $"reused {hits.Count} stored project model(s); loading {only.Count} changed project(s) with MSBuild: {string.Join(", ", only.Select(Path.GetFileName))}");
        var capture = new ImportCapture();
        var fresh = await loadWithMsBuild(only, capture).ConfigureAwait(false);
        var models = new Dictionary<string, ProjectModel>(hits, StringComparer.Ordinal);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            var imports = await capture.ResultAsync().ConfigureAwait(false);
            var pathById = capture.View is null
                ? []
                : fresh.Projects.SelectMany(p => p.Project.Solution.Projects).Where(p => p.FilePath is not null)
                    .DistinctBy(p => p.Id)
                    .ToDictionary(p => p.Id, p => RootPaths.Relative(input.Root, capture.View.ToOriginal(p.FilePath!)));
            foreach (var loaded in fresh.Projects)
            {
                var full = Path.GetFullPath(Path.Combine(input.Root, loaded.Info.Path));
                var model = await ModelCapture.CaptureAsync(loaded, input.Root, pathById, cancellationToken).ConfigureAwait(false);
                if (model is null || imports.GetValueOrDefault(full) is not { } imported)
                {
                    progress?.Report($"{loaded.Info.Path}: its loaded form cannot be stored as a model; every project is loaded with MSBuild");
                    return only is null ? fresh : await LoadAllWithoutCacheAsync(fresh, loadWithMsBuild).ConfigureAwait(false);
                }

                models[full] = model;
                entries[ProjectModelStore.KeyOf(loaded.Info.Path)] = ProjectModelStore.Encode(new ProjectModelEntry(ProjectModelStore.Format, environmentKey, inputs.Record(full, imported), model));
            }
        }
        catch
        {
            fresh.Dispose();
            throw;
        }

        if (facts.Any(f => !models.ContainsKey(f.FullPath)))
        {
            // MSBuild did not return a project the scan needs (it can drop one it cannot open): nothing to combine safely.
            return only is null ? fresh : await LoadAllWithoutCacheAsync(fresh, loadWithMsBuild).ConfigureAwait(false);
        }

        var warnings = (only is null ? fresh.Warnings : [.. solution!.Warnings, .. fresh.Warnings]).Distinct(StringComparer.Ordinal).ToList();
        var missingProjects = fresh.MissingProjects;
        fresh.Dispose();
        entries[ProjectModelStore.SolutionKey] = ProjectModelStore.Encode(new SolutionModelEntry(
            ProjectModelStore.Format,
            environmentKey,
            inputs.Record(input.Solution ?? Path.Combine(input.Root, "-"), [], listFolder: false),
            relative,
            warnings,
            missingProjects));
        await cache.PutAsync(entries, cancellationToken).ConfigureAwait(false);
        var (built, projectsBuilt) = ModelSolution.Build([.. facts.Select(f => models[f.FullPath])]);
        return new LoadedWorkspace(input.Root, input.Name, Ordered(projectsBuilt), warnings, [built]) { MissingProjects = missingProjects };
    }

    private static async Task<LoadedWorkspace> LoadAllWithoutCacheAsync(LoadedWorkspace partial, MsBuildLoad loadWithMsBuild)
    {
        partial.Dispose();
        return await loadWithMsBuild(null, new ImportCapture()).ConfigureAwait(false);
    }

    private static List<LoadedProject> Ordered(IEnumerable<LoadedProject> projects) => projects.OrderBy(p => p.Info.Path, StringComparer.Ordinal).ToList();
}
