using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.VisualBasic;
using Modernize.Loading.Environment;
using Modernize.Loading.Input;
using Modernize.Loading.ModelCache;
using Modernize.Loading.MsBuild;
using Modernize.Loading.Processes;
using Modernize.Loading.ProjectFiles;
using Modernize.Loading.Roslyn;
using Modernize.Loading.View;
using Modernize.Loading.Workspace;
using Modernize.Loading.Xml;
using Modernize.Model;
using Modernize.Model.Graph;

namespace Modernize.Loading;

/// <summary>
/// Loads a solution, project or folder into Roslyn projects ready for extraction. Outside safe mode, over a private copy of
/// the tree (<see cref="PrivateView"/>): MSBuild first (.NET Framework reference assemblies and package stand-ins supplied),
/// the project-file reader for what MSBuild cannot load; everything reported names the user's paths. In safe mode, nothing
/// but the project-file reader, in place. Either way the scanned tree is never written.
/// </summary>
public sealed class SolutionLoader
{
    private static readonly TimeSpan FeedProbeTimeout = TimeSpan.FromSeconds(10);

    /// <exception cref="InputException">The path is missing, names a malformed solution or project, or no listed project exists.</exception>
#pragma warning disable CA1822 // An instance method by contract: the pipeline holds stages as objects.
    public async Task<LoadedWorkspace> LoadAsync(string path, LoadOptions options, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var input = InputResolver.Resolve(path);
        var projects = ProjectSet.Read(input, progress);
        cancellationToken.ThrowIfCancellationRequested();
        if (options.Safe)
        {
            return LoadSafe(input, projects, progress);
        }

        return options.ModelCache is { } cache
            ? await CachedLoading.LoadAsync(input, projects, options, cache, progress, (only, capture) => LoadInPrivateViewAsync(input, projects, options, progress, only, capture, cancellationToken), cancellationToken).ConfigureAwait(false)
            : await LoadInPrivateViewAsync(input, projects, options, progress, null, null, cancellationToken).ConfigureAwait(false);
    }
#pragma warning restore CA1822

    private static LoadedWorkspace LoadSafe(ScanInput input, ProjectSet projects, IProgress<string>? progress)
    {
        progress?.Report($"reading {projects.Facts.Count} project files as data (safe mode: no MSBuild, no processes)");
        var packages = new PackageResolver(NuGetFolders.GlobalPackages);
        var dotnetRoot = MsBuildEnvironment.FindDotnetRootWithoutMsBuild();
        var known = new KnownLocations(input.Root, [packages.GlobalPackages, dotnetRoot]);
        var loader = new XmlProjectLoader(new FrameworkAssemblies(new FrameworkReferenceAssemblies(), dotnetRoot, packages.GlobalPackages), packages, known);
        var requests = projects.Facts.Select(f => new XmlProjectLoader.Request(f, LoadMode.Safe, [])).ToList();
        var (workspace, loaded) = loader.Load(input.Root, requests, new Dictionary<string, MetadataReference>());
        var byPath = projects.Facts.ToDictionary(f => RootPaths.Relative(input.Root, f.FullPath), StringComparer.Ordinal);
        var withCauses = loaded.Select(p => FidelityCauses.Attach(p, byPath[p.Info.Path], packages, null)).ToList();
        return new LoadedWorkspace(input.Root, input.Name, Ordered(withCauses), projects.MissingWarning() is { } missing ? [missing] : [], [workspace])
        {
            MissingProjects = projects.Missing,
        };
    }

    /// <summary>Copies the tree into the scan's scratch folder, loads the copy with MSBuild and names everything by the user's paths.</summary>
    /// <param name="only">The projects to load (a rescan's changed ones, with <see cref="CachedLoading"/>); null loads every one.</param>
    /// <param name="capture">Filled with the view and every project's imports when the loaded projects are to be stored as models.</param>
    private static async Task<LoadedWorkspace> LoadInPrivateViewAsync(ScanInput input, ProjectSet projects, LoadOptions options, IProgress<string>? progress, IReadOnlySet<string>? only, ImportCapture? capture, CancellationToken cancellationToken)
    {
        var environment = MsBuildEnvironment.Register();
        progress?.Report($"using MSBuild from {environment.MsBuildPath}");
        var scratch = new ScratchFolder();
        try
        {
            var viewRoot = ViewRoot.Choose(input.Root, projects.Facts.Select(f => f.Directory));
            var content = new ViewContent(
                [input.Root, .. projects.Facts.Select(f => f.Directory)],
                projects.Facts.SelectMany(f => f.References).Select(r => r.HintPath).OfType<string>());
            var view = PrivateView.Create(viewRoot, scratch.Path, content, cancellationToken);
            capture?.View = view;
            progress?.Report(string.Create(CultureInfo.InvariantCulture, $"private copy of {viewRoot}: {view.Files} files, {view.Bytes / 1048576.0:0.0} MiB in {view.Elapsed.TotalSeconds:0.00} s ({view.ProcessorTime.TotalSeconds:0.00} s CPU); left out {view.SkippedFiles} files, {view.SkippedBytes / 1048576.0:0.0} MiB that MSBuild does not read"));

            var missing = projects.Missing.ToList();
            var listed = input.Projects.Where(File.Exists).ToList();
            missing.AddRange(listed.Where(p => !view.Covers(p))
                .Select(p => new MissingProject(RootPaths.Relative(input.Root, p), $"outside {viewRoot}, the tree copied for the scan")));
            var roots = only is null ? listed : listed.Where(only.Contains).Concat(only.Where(p => !listed.Contains(p))).ToList();
            var viewInput = new ScanInput(view.ToView(input.Root), input.Name, null, roots.Where(view.Covers).Select(view.ToView).ToList());
            var viewProjects = ProjectSet.Read(viewInput, progress);
            var notes = ProjectReferenceCase.Repair(view, viewProjects.Facts);
            var repairedCase = notes.Count > 0;
            foreach (var (project, sdkNotes) in await ProjectSdkStandIns.ApplyAsync(view, viewProjects.Facts, environment.MsBuildPath, cancellationToken).ConfigureAwait(false))
            {
                notes[project] = [.. notes.GetValueOrDefault(project) ?? [], .. sdkNotes];
            }

            if (repairedCase)
            {
                // The repaired references may reach projects the first reading could not.
                viewProjects = ProjectSet.Read(viewInput, null);
            }

            var configurations = input.Solution is null
                ? new Dictionary<string, ProjectConfiguration>(StringComparer.Ordinal)
                : SolutionFileReader.ReadConfigurations(input.Solution).Where(c => view.Covers(c.Key)).ToDictionary(c => view.ToView(c.Key), c => c.Value, StringComparer.Ordinal);
            var viewFacts = only is null ? viewProjects.Facts : viewProjects.Facts.Where(f => only.Contains(view.ToOriginal(f.FullPath))).ToList();

            NuGetRestoreGuard.Remove(view, viewProjects.Facts);
            var scanWarnings = new List<string>();
            if (PinSetAside.Apply(view, input.Root, environment) is { } pin)
            {
                scanWarnings.Add(pin);
            }

            var (loaded, owned) = await LoadWithMsBuildAsync(viewInput, viewFacts, options, environment, scratch.Path, f => Path.Combine(view.ToOriginal(f.Directory), "obj"), notes, configurations, scanWarnings, capture, progress, cancellationToken).ConfigureAwait(false);
            var missingSet = new ProjectSet(projects.Facts, missing);
            if (missingSet.MissingWarning() is { } missingWarning)
            {
                scanWarnings.Add(missingWarning);
            }

            owned.Add(scratch);
            return new LoadedWorkspace(input.Root, input.Name, Ordered(ViewPaths.ToOriginal(loaded, view)), scanWarnings.Select(view.InOriginalTerms).ToList(), owned)
            {
                MissingProjects = missing,
            };
        }
        catch
        {
            scratch.Dispose();
            throw;
        }
    }

    private static async Task<(List<LoadedProject> Projects, List<IDisposable> Owned)> LoadWithMsBuildAsync(
        ScanInput input,
        IReadOnlyList<ProjectFileFacts> facts,
        LoadOptions options,
        MsBuildEnvironment environment,
        string scratch,
        Func<ProjectFileFacts, string> existingObjFolder,
        IReadOnlyDictionary<string, List<string>> notes,
        IReadOnlyDictionary<string, ProjectConfiguration> configurations,
        List<string> scanWarnings,
        ImportCapture? capture,
        IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        var owned = new List<IDisposable>();
        try
        {
            var projectWarnings = facts.ToDictionary(f => f.FullPath, f => notes.GetValueOrDefault(f.FullPath) ?? [], StringComparer.Ordinal);
            var packages = new PackageResolver(NuGetFolders.GlobalPackages);
            var netFramework = new FrameworkReferenceAssemblies();

            var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (facts.Any(f => f.TargetFrameworks.Any(t => t.Contains("-windows", StringComparison.OrdinalIgnoreCase))))
            {
                // A Windows target (net9.0-windows, WinForms or WPF) restores and evaluates off Windows only with this set:
                // without it every such project failed with NETSDK1100 (ShareX resolved 64 % of its references, 92 % with it).
                // The SDK then also fetches the Windows desktop reference pack for every other project, in case one references
                // a Windows project; where no feed serves it, that failed the restore of all of them.
                properties["EnableWindowsTargeting"] = "true";
                properties["DisableTransitiveFrameworkReferenceDownloads"] = "true";
            }

            var frameworkChoices = facts.Where(f => f.Style == ProjectStyle.Legacy).Select(f => netFramework.Choose(f.FrameworkVersion ?? f.TargetFrameworks[0])).ToList();
            var frameworkRoot = await PrepareFrameworkReferencesAsync(facts, netFramework, environment, options, scratch, projectWarnings, scanWarnings, cancellationToken).ConfigureAwait(false);
            if (frameworkRoot is not null)
            {
                properties["TargetFrameworkRootPath"] = frameworkRoot;
            }

            if (ConfigurationProps.Write(scratch, configurations) is { } configurationProps)
            {
                properties[ConfigurationProps.Hook] = configurationProps;
            }

            var redirection = new OutputRedirection(scratch, facts, existingObjFolder);
            foreach (var (key, value) in redirection.GlobalProperties)
            {
                properties[key] = value;
            }

            var pins = new PackageReferencePins(scratch);
            foreach (var hook in PackageReferencePins.Hooks)
            {
                properties[hook] = pins.TargetsFile;
            }
            if (options.RestoreMissing)
            {
                // Probing the feeds costs network round trips: only when there is something to restore.
                if (TolerantRestore.Unrestored(facts, redirection).Count > 0)
                {
                    await LeaveOutUnreachableFeedsAsync(input, properties, scanWarnings, cancellationToken).ConfigureAwait(false);
                }

                await TolerantRestore.RunAsync(facts, redirection, pins, properties, environment, scratch, progress, projectWarnings, cancellationToken).ConfigureAwait(false);
            }

            MsBuildWorkspaceLoader.Result? loaded = null;
            try
            {
                // A solution of our own, listing what exists: the user's may list missing projects or be one the SDK tolerates and the build host does not.
                var solution = RestoreSolution.Write(scratch, facts.Where(f => input.Projects.Contains(f.FullPath)).Select(f => f.FullPath), "modernize.load.slnx");
                capture?.Start(facts.Select(f => f.FullPath), properties, cancellationToken);
                loaded = await MsBuildWorkspaceLoader.LoadAsync(solution, input.Projects, properties, progress, cancellationToken).ConfigureAwait(false);
                owned.Add(loaded.Workspace);
                if (frameworkRoot is not null && options.RestoreMissing
                    && await ReferenceAssemblyRetry.PrepareAsync(loaded, facts, frameworkChoices, netFramework, environment, scratch, cancellationToken).ConfigureAwait(false) is { } retry)
                {
                    progress?.Report($"retrying the design-time build: {retry.Notes.Count} .NET Framework project(s) found no reference assemblies");
                    properties["TargetFrameworkRootPath"] = retry.Root;
                    var second = await MsBuildWorkspaceLoader.LoadAsync(solution, input.Projects, properties, progress, cancellationToken).ConfigureAwait(false);
                    owned.Remove(loaded.Workspace);
                    loaded.Workspace.Dispose();
                    loaded = second;
                    owned.Add(loaded.Workspace);
                    foreach (var (project, note) in retry.Notes)
                    {
                        projectWarnings[project].Add(note);
                    }
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Whatever MSBuild throws (a missing SDK, a crashed build host), the projects still load from their files.
                scanWarnings.Add($"MSBuild could not open {input.Name} ({ex.GetType().Name}: {FirstLine(ex.Message)}); every project was read from its project file instead");
            }

            var solutionFacts = facts.ToDictionary(f => f.FullPath, StringComparer.Ordinal);
            var repaired = loaded is null ? null : Repair(input.Root, loaded.Solution, solutionFacts, redirection, packages, projectWarnings);
            if (loaded is not null && options.RestoreMissing)
            {
                repaired = await AddWindowsDesktopReferencesAsync(repaired!, loaded, solutionFacts, environment, projectWarnings, cancellationToken).ConfigureAwait(false);
            }

            var results = new List<LoadedProject>();
            var fallback = new List<XmlProjectLoader.Request>();
            foreach (var project in facts)
            {
                var warnings = projectWarnings[project.FullPath];
                warnings.AddRange(loaded?.Diagnostics.Where(d => ProjectOf(d, facts) == project) ?? []);
                var roslyn = loaded?.Projects.GetValueOrDefault(project.FullPath) is { } original ? repaired!.GetProject(original.Id) : null;
                var reason = roslyn is null ? (loaded is null ? "MSBuild was not used" : "MSBuild could not load the project")
                    : roslyn.DocumentIds.Count == 0 ? FidelityCauses.NoDocumentsReason
                    : !roslyn.SupportsCompilation ? "MSBuild gave no compilation for the project"
                    : null;
                if (reason is not null)
                {
                    warnings.Add(reason + "; sources and references were read from the project file");
                    fallback.Add(new XmlProjectLoader.Request(project, LoadMode.Fallback, warnings));
                    continue;
                }

                if (project.Style == ProjectStyle.Sdk && !redirection.IsRestored(project.FullPath))
                {
                    warnings.Add("the project is not restored (no project.assets.json): package types will not resolve; run dotnet restore");
                }

                if (project.Style == ProjectStyle.Legacy && !ReferenceAssemblyRetry.HasCoreLibrary(roslyn!))
                {
                    warnings.Add(FidelityCauses.NoReferenceAssembliesWarning(project.FrameworkVersion ?? project.TargetFrameworks[0]));
                }

                warnings.AddRange(ProjectInfoBuilder.MissingPackageWarnings(project, packages));
                results.Add(FromMsBuild(input.Root, project, roslyn!, loaded!.TargetFrameworks.GetValueOrDefault(project.FullPath) ?? [], packages, warnings));
            }

            if (loaded is not null)
            {
                scanWarnings.AddRange(loaded.Diagnostics.Where(d => ProjectOf(d, facts) is null));
            }

            if (fallback.Count > 0)
            {
                progress?.Report($"reading {fallback.Count} project(s) from their project files");
                var loader = new XmlProjectLoader(new FrameworkAssemblies(netFramework, environment.DotnetRoot, packages.GlobalPackages), packages);
                var elsewhere = await CompilationReferencesAsync(results, fallback, cancellationToken).ConfigureAwait(false);
                var (workspace, projects) = loader.Load(input.Root, fallback, elsewhere);
                owned.Add(workspace);
                results.AddRange(projects);
            }

            var byPath = facts.ToDictionary(f => RootPaths.Relative(input.Root, f.FullPath), StringComparer.Ordinal);
            var withCauses = results.Select(r => FidelityCauses.Attach(r, byPath[r.Info.Path], packages, FrameworkChoice(byPath[r.Info.Path], netFramework), RestoredStandIns(byPath[r.Info.Path], redirection))).ToList();
            return (withCauses, owned);
        }
        catch
        {
            foreach (var item in owned)
            {
                item.Dispose();
            }

            throw;
        }
    }

    /// <summary>
    /// A package source the solution's NuGet.config names that cannot be reached (an internal feed, Sonarr's Azure DevOps
    /// one) fails every package lookup of the restore again and again: two of Sonarr's restores ran into the 5-minute
    /// timeout. The restore is told the reachable sources only (<c>RestoreSources</c>), and the scan says which it left out.
    /// </summary>
    private static async Task LeaveOutUnreachableFeedsAsync(ScanInput input, Dictionary<string, string> properties, List<string> scanWarnings, CancellationToken cancellationToken)
    {
        var folder = input.Solution is { } solution ? Path.GetDirectoryName(solution)! : input.Root;
        var (sources, unreachable) = await PackageFeeds.ProbeSourcesAsync(folder, FeedProbeTimeout, cancellationToken).ConfigureAwait(false);
        var reachable = sources.Except(unreachable).ToList();
        if (unreachable.Count == 0 || reachable.Count == 0)
        {
            return;
        }

        // MSBuild reads ';' on the command line as a property separator; %3B is its escaped form.
        properties["RestoreSources"] = string.Join("%3B", reachable.Select(s => s.Source));
        scanWarnings.Add($"package source(s) {string.Join(", ", unreachable.Select(s => $"{s.Name} ({s.Source})"))} cannot be reached from this machine: left out of the scan's restore");
    }

    /// <summary>The PackageReference versions NuGet restored in place of those asked for (its own NU1603 choice or a pin).</summary>
    /// <summary>
    /// WPF and WinForms projects whose build found no Windows desktop reference pack get the runtime pack's assemblies
    /// (<see cref="WindowsDesktopReferences"/>). A desktop framework reference flows to the projects that reference the
    /// project (ScreenToGif.ViewModel uses WPF through ScreenToGif.Domain's UseWPF), so their profiles are gathered too.
    /// </summary>
    private static async Task<Solution> AddWindowsDesktopReferencesAsync(
        Solution solution, MsBuildWorkspaceLoader.Result loaded, Dictionary<string, ProjectFileFacts> facts, MsBuildEnvironment environment, Dictionary<string, List<string>> warnings, CancellationToken cancellationToken)
    {
        var own = loaded.Projects.Where(p => facts.ContainsKey(p.Key)).ToDictionary(p => p.Value.Id, p => WindowsDesktopReferences.OwnProfiles(facts[p.Key]));
        var profiles = new Dictionary<ProjectId, IReadOnlyList<string>>();
        IReadOnlyList<string> Gather(ProjectId id, HashSet<ProjectId> visiting)
        {
            if (profiles.TryGetValue(id, out var known) || !visiting.Add(id))
            {
                return known ?? [];
            }

            var all = (own.GetValueOrDefault(id) ?? [])
                .Concat(solution.GetProject(id)?.ProjectReferences.SelectMany(r => Gather(r.ProjectId, visiting)) ?? [])
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            return profiles[id] = all;
        }

        foreach (var (path, original) in loaded.Projects)
        {
            var wanted = Gather(original.Id, []);
            var major = WindowsDesktopReferences.WindowsMajor(loaded.TargetFrameworks.GetValueOrDefault(path) is { Count: > 0 } frameworks ? frameworks : facts.GetValueOrDefault(path)?.TargetFrameworks ?? []);
            if (wanted.Count > 0 && major > 0 && solution.GetProject(original.Id) is { } project && warnings.TryGetValue(path, out var projectWarnings))
            {
                solution = (await WindowsDesktopReferences.AddWhereMissingAsync(project, major, wanted, environment.DotnetExecutable, projectWarnings, cancellationToken).ConfigureAwait(false)).Solution;
            }
        }

        return solution;
    }

    private static List<PackageStandIn> RestoredStandIns(ProjectFileFacts facts, OutputRedirection redirection) =>
        (facts.Style == ProjectStyle.Sdk || PackageReferenceAssemblies.Uses(facts)) && redirection.IsRestored(facts.FullPath)
            ? PackageReferencePins.Substitutions(facts, Path.Combine(redirection.ObjFolder(facts.FullPath), "project.assets.json"))
            : [];

    private static FrameworkReferenceAssemblies.Choice? FrameworkChoice(ProjectFileFacts facts, FrameworkReferenceAssemblies netFramework) =>
        facts.Style == ProjectStyle.Legacy ? netFramework.Choose(facts.FrameworkVersion ?? facts.TargetFrameworks[0]) : null;

    /// <summary>Chooses (and if needed restores) .NET Framework reference assemblies and builds one TargetFrameworkRootPath folder for them.</summary>
    private static async Task<string?> PrepareFrameworkReferencesAsync(
        IReadOnlyList<ProjectFileFacts> facts,
        FrameworkReferenceAssemblies netFramework,
        MsBuildEnvironment environment,
        LoadOptions options,
        string scratch,
        Dictionary<string, List<string>> projectWarnings,
        List<string> scanWarnings,
        CancellationToken cancellationToken)
    {
        var legacy = facts.Where(f => f.Style == ProjectStyle.Legacy).ToList();
        if (legacy.Count == 0)
        {
            return null;
        }

        var choices = legacy.Select(f => (Project: f, Choice: netFramework.Choose(f.FrameworkVersion ?? f.TargetFrameworks[0]))).ToList();
        if (options.RestoreMissing)
        {
            scanWarnings.AddRange(await ReferenceAssemblyRestorer.EnsureInstalledAsync(choices.Select(c => c.Choice), environment.DotnetExecutable, cancellationToken).ConfigureAwait(false));

            // packages.config is never restored by 'dotnet restore': fetch its versions (or their stand-ins) so HintPaths can be mapped.
            var packagesConfig = legacy.SelectMany(f => f.Packages)
                .Where(p => p.Source == PackageSources.PackagesConfig && p.Version is not null)
                .Select(p => (p.Id, Version: p.Version!));
            var unserved = await PackageDownloader.EnsureInstalledAsync(packagesConfig, environment.DotnetExecutable, cancellationToken).ConfigureAwait(false);
            if (unserved.Count > 0)
            {
                scanWarnings.Add($"{unserved.Count} packages.config package(s) of which the configured feeds serve no version: " + string.Join(", ", unserved.Take(10).Select(p => p.Id + " " + p.Version)));
            }
        }

        foreach (var (project, choice) in choices)
        {
            if (choice.Warning is not null)
            {
                projectWarnings[project.FullPath].Add(choice.Warning);
            }

            if (!choice.IsInstalled)
            {
                projectWarnings[project.FullPath].Add($"{choice.PackageId} {choice.PackageVersion} is not installed: .NET Framework types will not resolve");
            }
        }

        return FrameworkRootFolder.Create(scratch, choices.Select(c => c.Choice), netFramework);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static LoadedProject FromMsBuild(string root, ProjectFileFacts facts, Project project, IReadOnlyList<string> frameworks, PackageResolver packages, List<string> warnings)
    {
        var generated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in project.Documents)
        {
            if (document.FilePath is not null && GeneratedCode.IsGenerated(document.FilePath))
            {
                generated.Add(RootPaths.Relative(root, document.FilePath));
            }
        }

        // Not the source generators' output: listing it runs the generators, which compiles the project and everything it
        // references on this solution, which the paths' renaming (ViewPaths) or the cached models (ModelSolution) then replace,
        // so extraction compiled it all again (the 1M doubling, docs/performance.md). Extraction walks project.Documents only,
        // which never holds a generator's output, so those paths never matched a walked document.
        var references = project.ProjectReferences
            .Select(r => project.Solution.GetProject(r.ProjectId)?.FilePath)
            .OfType<string>()
            .Select(Path.GetFullPath)
            .ToList();
        var info = ProjectInfoBuilder.Build(root, facts, LoadMode.MsBuild, project.DocumentIds.Count, frameworks, references, packages, warnings);
        return new LoadedProject(info, project, generated);
    }

    /// <summary>
    /// Repairs what MSBuild gets wrong on Linux, in one solution so that every project sees its references repaired too:
    /// VB preprocessor symbols (the compilation's own parse options drive the embedded My template, so both are set) and
    /// packages.config references mapped to the global packages folder.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Solution Repair(string root, Solution solution, Dictionary<string, ProjectFileFacts> facts, OutputRedirection redirection, PackageResolver packages, Dictionary<string, List<string>> warnings)
    {
        foreach (var id in solution.ProjectIds)
        {
            var project = solution.GetProject(id)!;
            if (project.FilePath is null || !facts.TryGetValue(Path.GetFullPath(project.FilePath), out var projectFacts))
            {
                continue;
            }

            foreach (var document in project.Documents.ToList())
            {
                if (document.FilePath is null)
                {
                    continue;
                }

                if (redirection.VirtualPath(projectFacts.FullPath, document.FilePath) is { } virtualPath)
                {
                    // Generated files live in the scratch obj/: name them where a normal build puts them, so paths are stable.
                    project = project.Solution.WithDocumentFilePath(document.Id, virtualPath).GetProject(id)!;
                }
                else if (SourceFileText.IsTooLarge(document.FilePath, out var size))
                {
                    warnings[projectFacts.FullPath].Add(SourceFileText.TooLargeWarning(RootPaths.Relative(root, document.FilePath), size));
                    project = project.RemoveDocument(document.Id);
                }
                else if (File.Exists(document.FilePath))
                {
                    // MSBuild's loader falls back to UTF-8 on Linux: read Windows-1252 files as such.
                    project = project.Solution.WithDocumentTextLoader(document.Id, new SourceFileText(document.FilePath), PreservationMode.PreserveValue).GetProject(id)!;
                }
            }

            if (project.Language == Microsoft.CodeAnalysis.LanguageNames.VisualBasic && project.ParseOptions is VisualBasicParseOptions vb)
            {
                var parse = VisualBasicSymbols.Apply(vb, projectFacts.Property("DefineConstants"), projectFacts.Property("MyType"));
                project = project.WithParseOptions(parse);
                if (project.CompilationOptions is VisualBasicCompilationOptions compilation)
                {
                    project = project.WithCompilationOptions(compilation.WithParseOptions(parse));
                }
            }

            project = AddMappedHintPaths(project, projectFacts, packages, warnings[projectFacts.FullPath]);
            if (projectFacts.Style == ProjectStyle.Legacy && PackageReferenceAssemblies.Uses(projectFacts))
            {
                project = AddPackageReferences(project, projectFacts, Path.Combine(redirection.ObjFolder(projectFacts.FullPath), "project.assets.json"), packages);
            }

            solution = project.Solution;
        }

        return solution;
    }

    /// <summary>
    /// packages.config HintPaths point into a packages/ folder that is rarely restored on the scanning machine; MSBuild then drops
    /// the reference. Add the same assembly from the global packages folder instead.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Project AddMappedHintPaths(Project project, ProjectFileFacts facts, PackageResolver packages, List<string> warnings)
    {
        var present = ReferencedAssemblyNames(project);
        var mapped = new List<string>();
        foreach (var reference in facts.References.Where(r => r.HintPath is not null && !present.Contains(r.Name)))
        {
            if (packages.MapHintPath(reference.HintPath!, facts.Packages) is { } path)
            {
                mapped.Add(path);
            }
            else
            {
                warnings.Add($"reference {reference.Name}: HintPath {reference.HintPath} not found (nor in the global packages folder)");
            }
        }

        return AddAssemblies(project, mapped);
    }

    /// <summary>
    /// An old-style project's PackageReferences: the .NET SDK restores them but lacks the Visual Studio target that turns the
    /// restore output into references, so the design-time build compiled the project without any package.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Project AddPackageReferences(Project project, ProjectFileFacts facts, string assetsPath, PackageResolver packages) =>
        AddAssemblies(project, PackageReferenceAssemblies.Of(facts, assetsPath, packages, facts.TargetFrameworks[0]));

    /// <summary>Adds the assemblies whose names the project does not reference yet, with the netstandard facade when one of them needs it.</summary>
    private static Project AddAssemblies(Project project, IEnumerable<string> assemblies)
    {
        var present = ReferencedAssemblyNames(project);
        var needsNetStandard = false;
        foreach (var assembly in assemblies)
        {
            if (present.Add(Path.GetFileNameWithoutExtension(assembly)))
            {
                project = project.AddMetadataReference(MetadataReference.CreateFromFile(assembly));
                needsNetStandard |= assembly.Replace('\\', '/').Contains("/netstandard", StringComparison.OrdinalIgnoreCase);
            }
        }

        return needsNetStandard && !present.Contains("netstandard") && NetStandardFacade(project) is { } facade
            ? project.AddMetadataReference(MetadataReference.CreateFromFile(facade))
            : project;
    }

    private static HashSet<string> ReferencedAssemblyNames(Project project) =>
        project.MetadataReferences.OfType<PortableExecutableReference>()
            .Select(r => Path.GetFileNameWithoutExtension(r.FilePath))
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A .NET Standard assembly standing in for a .NET Framework one binds its types to <c>netstandard</c>, which a .NET Framework
    /// project only references when its build saw such an assembly (the reference pack's <c>Facades/netstandard.dll</c>, 4.7.1 on).
    /// </summary>
    private static string? NetStandardFacade(Project project) =>
        project.MetadataReferences.OfType<PortableExecutableReference>()
            .Where(r => string.Equals(Path.GetFileName(r.FilePath), "mscorlib.dll", StringComparison.OrdinalIgnoreCase))
            .Select(r => Path.Combine(Path.GetDirectoryName(r.FilePath)!, "Facades", "netstandard.dll"))
            .FirstOrDefault(File.Exists);

    /// <summary>Compilation references to MSBuild-loaded projects that fallback projects reference (across workspaces).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<Dictionary<string, MetadataReference>> CompilationReferencesAsync(List<LoadedProject> loaded, List<XmlProjectLoader.Request> fallback, CancellationToken cancellationToken)
    {
        var wanted = fallback.SelectMany(f => f.Facts.ProjectReferences).ToHashSet(StringComparer.Ordinal);
        var result = new Dictionary<string, MetadataReference>(StringComparer.Ordinal);
        foreach (var project in loaded.Where(p => p.Project.FilePath is not null && wanted.Contains(Path.GetFullPath(p.Project.FilePath))))
        {
            var compilation = await project.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation is not null)
            {
                result[Path.GetFullPath(project.Project.FilePath!)] = compilation.ToMetadataReference();
            }
        }

        return result;
    }

    /// <summary>The project a workspace diagnostic is about: the one whose path the message names first.</summary>
    private static ProjectFileFacts? ProjectOf(string diagnostic, IReadOnlyList<ProjectFileFacts> facts) =>
        facts.Select(f => (Facts: f, At: diagnostic.IndexOf(f.FullPath, StringComparison.Ordinal)))
            .Where(x => x.At >= 0)
            .OrderBy(x => x.At)
            .Select(x => x.Facts)
            .FirstOrDefault();

    /// <summary>Projects in a stable order: by path.</summary>
    private static List<LoadedProject> Ordered(IEnumerable<LoadedProject> projects) => projects.OrderBy(p => p.Info.Path, StringComparer.Ordinal).ToList();

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;
}
