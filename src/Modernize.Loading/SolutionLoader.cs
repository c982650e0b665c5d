using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.VisualBasic;
using Modernize.Loading.Environment;
using Modernize.Loading.Input;
using Modernize.Loading.MsBuild;
using Modernize.Loading.ProjectFiles;
using Modernize.Loading.Roslyn;
using Modernize.Loading.Workspace;
using Modernize.Loading.Xml;
using Modernize.Model;
using Modernize.Model.Graph;

namespace Modernize.Loading;

/// <summary>
/// Loads a solution, project or folder into Roslyn projects ready for extraction. MSBuild first (output redirected to a scratch
/// folder, .NET Framework reference assemblies supplied), the project-file reader for what MSBuild cannot load, and nothing but
/// the project-file reader in safe mode. The scanned tree is never written.
/// </summary>
public sealed class SolutionLoader
{
    /// <exception cref="InputException">The path is missing or names a malformed solution or project.</exception>
#pragma warning disable CA1822 // An instance method by contract: the pipeline holds stages as objects.
    public async Task<LoadedWorkspace> LoadAsync(string path, LoadOptions options, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        TempFolders.RemoveStale();
        var input = InputResolver.Resolve(path);
        var facts = ReadProjectFiles(input, progress);
        cancellationToken.ThrowIfCancellationRequested();
        return options.Safe
            ? LoadSafe(input, facts, progress)
            : await LoadWithMsBuildAsync(input, facts, options, progress, cancellationToken).ConfigureAwait(false);
    }
#pragma warning restore CA1822

    /// <summary>Reads every project of the input and, transitively, the projects they reference.</summary>
    private static List<ProjectFileFacts> ReadProjectFiles(ScanInput input, IProgress<string>? progress)
    {
        var result = new Dictionary<string, ProjectFileFacts>(StringComparer.Ordinal);
        var pending = new Queue<string>(input.Projects);
        while (pending.Count > 0)
        {
            var project = pending.Dequeue();
            if (result.ContainsKey(project))
            {
                continue;
            }

            if (!File.Exists(project))
            {
                if (input.Projects.Contains(project))
                {
                    throw new InputException(project, "project file listed in " + (input.Solution ?? input.Root) + " does not exist");
                }

                progress?.Report($"skipped missing referenced project {project}");
                continue;
            }

            var facts = ProjectFileReader.Read(project);
            result[project] = facts;
            foreach (var reference in facts.ProjectReferences.Where(ProjectFileKinds.IsSupported))
            {
                pending.Enqueue(reference);
            }
        }

        return result.Values.ToList();
    }

    private static LoadedWorkspace LoadSafe(ScanInput input, List<ProjectFileFacts> facts, IProgress<string>? progress)
    {
        progress?.Report($"reading {facts.Count} project files as data (safe mode: no MSBuild, no processes)");
        var packages = new PackageResolver(NuGetFolders.GlobalPackages);
        var dotnetRoot = MsBuildEnvironment.FindDotnetRootWithoutMsBuild();
        var known = new KnownLocations(input.Root, [packages.GlobalPackages, dotnetRoot]);
        var loader = new XmlProjectLoader(new FrameworkAssemblies(new FrameworkReferenceAssemblies(), dotnetRoot, packages.GlobalPackages), packages, known);
        var requests = facts.Select(f => new XmlProjectLoader.Request(f, LoadMode.Safe, [])).ToList();
        var (workspace, projects) = loader.Load(input.Root, requests, new Dictionary<string, MetadataReference>());
        return new LoadedWorkspace(input.Root, input.Name, Ordered(projects), [], [workspace]);
    }

    private static async Task<LoadedWorkspace> LoadWithMsBuildAsync(ScanInput input, List<ProjectFileFacts> facts, LoadOptions options, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var environment = MsBuildEnvironment.Register();
        progress?.Report($"using MSBuild from {environment.MsBuildPath}");
        var owned = new List<IDisposable>();
        var scratch = new ScratchFolder();
        owned.Add(scratch);
        try
        {
            var scanWarnings = new List<string>();
            var projectWarnings = facts.ToDictionary(f => f.FullPath, _ => new List<string>(), StringComparer.Ordinal);
            var packages = new PackageResolver(NuGetFolders.GlobalPackages);
            var netFramework = new FrameworkReferenceAssemblies();

            var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var frameworkRoot = await PrepareFrameworkReferencesAsync(facts, netFramework, environment, options, scratch, projectWarnings, scanWarnings, cancellationToken).ConfigureAwait(false);
            if (frameworkRoot is not null)
            {
                properties["TargetFrameworkRootPath"] = frameworkRoot;
            }

            var redirection = new OutputRedirection(scratch.Path, facts);
            foreach (var (key, value) in redirection.GlobalProperties)
            {
                properties[key] = value;
            }

            var pinWorkaround = GlobalJsonWorkaround.Prepare(input.Root, environment, scratch.Path, scanWarnings);
            if (options.RestoreMissing)
            {
                using var scope = pinWorkaround.Apply();
                await RestoreMissingAsync(facts, redirection, properties, environment, pinWorkaround, scratch.Path, progress, projectWarnings, cancellationToken).ConfigureAwait(false);
            }

            MsBuildWorkspaceLoader.Result? loaded = null;
            try
            {
                using (pinWorkaround.Apply())
                {
                    loaded = await MsBuildWorkspaceLoader.LoadAsync(input.Solution, input.Projects, properties, progress, cancellationToken).ConfigureAwait(false);
                }

                owned.Add(loaded.Workspace);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Whatever MSBuild throws (a missing SDK, a crashed build host), the projects still load from their files.
                scanWarnings.Add($"MSBuild could not open {input.Name} ({ex.GetType().Name}: {FirstLine(ex.Message)}); every project was read from its project file instead");
            }

            var solution = loaded is null ? null : Repair(input.Root, loaded.Solution, facts.ToDictionary(f => f.FullPath, StringComparer.Ordinal), redirection, packages, projectWarnings);
            var results = new List<LoadedProject>();
            var fallback = new List<XmlProjectLoader.Request>();
            foreach (var project in facts)
            {
                var warnings = projectWarnings[project.FullPath];
                warnings.AddRange(loaded?.Diagnostics.Where(d => ProjectOf(d, facts) == project) ?? []);
                var roslyn = loaded?.Projects.GetValueOrDefault(project.FullPath) is { } original ? solution!.GetProject(original.Id) : null;
                var reason = roslyn is null ? (loaded is null ? "MSBuild was not used" : "MSBuild could not load the project")
                    : roslyn.DocumentIds.Count == 0 ? "MSBuild loaded no source documents (its SDK or imports could not be resolved)"
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

                warnings.AddRange(ProjectInfoBuilder.MissingPackageWarnings(project, packages));
                results.Add(await FromMsBuildAsync(input.Root, project, roslyn!, loaded!.TargetFrameworks.GetValueOrDefault(project.FullPath) ?? [], packages, warnings, cancellationToken).ConfigureAwait(false));
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

            return new LoadedWorkspace(input.Root, input.Name, Ordered(results), scanWarnings, owned);
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

    /// <summary>Chooses (and if needed restores) .NET Framework reference assemblies and builds one TargetFrameworkRootPath folder for them.</summary>
    private static async Task<string?> PrepareFrameworkReferencesAsync(
        List<ProjectFileFacts> facts,
        FrameworkReferenceAssemblies netFramework,
        MsBuildEnvironment environment,
        LoadOptions options,
        ScratchFolder scratch,
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

            // packages.config is never restored by 'dotnet restore'; fetch its exact versions so HintPaths can be mapped.
            var packagesConfig = legacy.SelectMany(f => f.Packages)
                .Where(p => p.Source == "packages.config" && p.Version is not null)
                .Select(p => (p.Id, Version: p.Version!));
            var stillMissing = await PackageDownloader.EnsureInstalledAsync(packagesConfig, environment.DotnetExecutable, cancellationToken).ConfigureAwait(false);
            if (stillMissing.Count > 0)
            {
                scanWarnings.Add($"{stillMissing.Count} packages.config package(s) could not be downloaded from the configured feeds: " + string.Join(", ", stillMissing.Take(10).Select(p => p.Id + " " + p.Version)));
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

        return FrameworkRootFolder.Create(scratch.Path, choices.Select(c => c.Choice));
    }

    /// <summary>
    /// Restores SDK-style projects that have no restore output, into the scratch folder only. All of them in one <c>dotnet restore</c>
    /// of a scratch .slnx (one process and one restore graph instead of one per project: 13 projects took 13 restores of ~4 s each);
    /// if that fails, one project at a time, so each failure is told against its project.
    /// </summary>
    private static async Task RestoreMissingAsync(
        List<ProjectFileFacts> facts,
        OutputRedirection redirection,
        Dictionary<string, string> properties,
        MsBuildEnvironment environment,
        GlobalJsonWorkaround pin,
        string scratch,
        IProgress<string>? progress,
        Dictionary<string, List<string>> projectWarnings,
        CancellationToken cancellationToken)
    {
        var unrestored = facts.Where(f => f.Style == ProjectStyle.Sdk && !redirection.IsRestored(f.FullPath)).ToList();
        if (unrestored.Count > 1)
        {
            progress?.Report($"restoring {unrestored.Count} projects into a scratch folder");
            var batch = RestoreSolution.Write(scratch, unrestored.Select(p => p.FullPath));
            var result = await RestoreAsync(batch, pin.WorkingDirectory ?? scratch, properties, environment, cancellationToken).ConfigureAwait(false);
            if (result.ExitCode == 0)
            {
                return;
            }
        }

        foreach (var project in unrestored)
        {
            progress?.Report($"restoring {project.Name} into a scratch folder");
            var result = await RestoreAsync(project.FullPath, pin.WorkingDirectory ?? project.Directory, properties, environment, cancellationToken).ConfigureAwait(false);
            if (result.ExitCode != 0)
            {
                projectWarnings[project.FullPath].Add($"dotnet restore failed (exit code {result.ExitCode}): {FirstLine(Summary(result.Output))}");
            }
        }
    }

    private static Task<DotnetCli.Result> RestoreAsync(string target, string workingDirectory, Dictionary<string, string> properties, MsBuildEnvironment environment, CancellationToken cancellationToken)
    {
        var arguments = new List<string> { "restore", target, "--nologo", "-v", "quiet" };
        arguments.AddRange(properties.Select(p => $"-p:{p.Key}={p.Value}"));
        return DotnetCli.RunAsync(environment.DotnetExecutable, arguments, workingDirectory, TimeSpan.FromMinutes(5), cancellationToken);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<LoadedProject> FromMsBuildAsync(string root, ProjectFileFacts facts, Project project, IReadOnlyList<string> frameworks, PackageResolver packages, List<string> warnings, CancellationToken cancellationToken)
    {
        var generated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in project.Documents)
        {
            if (document.FilePath is not null && GeneratedCode.IsGenerated(document.FilePath))
            {
                generated.Add(RootPaths.Relative(root, document.FilePath));
            }
        }

        foreach (var document in await project.GetSourceGeneratedDocumentsAsync(cancellationToken).ConfigureAwait(false))
        {
            generated.Add(RootPaths.Relative(root, document.FilePath ?? document.Name));
        }

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

            solution = AddMappedHintPaths(project, projectFacts, packages, warnings[projectFacts.FullPath]).Solution;
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
        var present = project.MetadataReferences.OfType<PortableExecutableReference>()
            .Select(r => Path.GetFileNameWithoutExtension(r.FilePath))
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var reference in facts.References.Where(r => r.HintPath is not null && !present.Contains(r.Name)))
        {
            var mapped = packages.MapHintPath(reference.HintPath!, facts.Packages);
            if (mapped is null)
            {
                warnings.Add($"reference {reference.Name}: HintPath {reference.HintPath} not found (nor in the global packages folder)");
                continue;
            }

            project = project.AddMetadataReference(MetadataReference.CreateFromFile(mapped));
        }

        return project;
    }

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
    private static ProjectFileFacts? ProjectOf(string diagnostic, List<ProjectFileFacts> facts) =>
        facts.Select(f => (Facts: f, At: diagnostic.IndexOf(f.FullPath, StringComparison.Ordinal)))
            .Where(x => x.At >= 0)
            .OrderBy(x => x.At)
            .Select(x => x.Facts)
            .FirstOrDefault();

    /// <summary>Projects in a stable order: by path.</summary>
    private static List<LoadedProject> Ordered(IEnumerable<LoadedProject> projects) => projects.OrderBy(p => p.Info.Path, StringComparer.Ordinal).ToList();

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;

    private static string Summary(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)) ?? output;
}
