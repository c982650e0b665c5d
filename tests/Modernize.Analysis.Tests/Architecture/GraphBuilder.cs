using Modernize.Model.Graph;

namespace Modernize.Analysis.Tests.Architecture;

/// <summary>Builds small code graphs by hand: projects, types with metrics, weighted dependencies, external uses and files.</summary>
public sealed class GraphBuilder
{
    private readonly List<ProjectInfo> projects = [];
    private readonly List<TypeNode> types = [];
    private readonly List<Dependency> dependencies = [];
    private readonly List<ExternalUse> externalUses = [];
    private readonly List<DataAccess> dataAccesses = [];
    private readonly List<SourceFile> files = [];
    private string currentProject = "App/App.csproj";

    /// <summary>Line offset added to every line, to build the same graph with code moved around.</summary>
    public int LineShift { get; init; }

    public GraphBuilder Project(
        string path,
        ProjectStyle style = ProjectStyle.Sdk,
        string framework = "net10.0",
        bool packagesConfig = false)
    {
        currentProject = path;
        var packages = packagesConfig ? new[] { new PackageReferenceInfo("Newtonsoft.Json", "6.0.4", "packages.config", true) } : [];
        projects.Add(new ProjectInfo(
            Path.GetFileNameWithoutExtension(path),
            path,
            "C#",
            [framework],
            style,
            new ProjectFidelity(LoadMode.MsBuild, 1, 0, 0, 0, [], []),
            packages,
            [],
            []));
        return this;
    }

    /// <summary>Adds a type; its namespace is everything before the last dot of <paramref name="id"/>.</summary>
    public GraphBuilder Type(
        string id,
        bool isAbstract = false,
        int lines = 10,
        int methods = 1,
        int coupling = 1,
        int complexity = 1,
        bool generated = false,
        string? file = null)
    {
        var dot = id.LastIndexOf('.');
        var name = dot < 0 ? id : id[(dot + 1)..];
        var ns = dot < 0 ? string.Empty : id[..dot];
        var path = file ?? FileOf(id);
        types.Add(new TypeNode(
            id,
            name,
            isAbstract ? TypeKind.Interface : TypeKind.Class,
            currentProject,
            ns,
            path,
            3 + LineShift,
            generated,
            isAbstract,
            new TypeMetrics(complexity, coupling, 1, 80, lines, lines / 2, methods, 0),
            []));
        if (!files.Any(f => f.Path == path))
        {
            files.Add(new SourceFile(path, currentProject, lines, generated, "hash"));
        }

        return this;
    }

    public GraphBuilder Types(params string[] ids)
    {
        foreach (var id in ids)
        {
            Type(id);
        }

        return this;
    }

    public GraphBuilder Depends(string from, string to, int weight = 1, DependencyKind kind = DependencyKind.MethodCall)
    {
        var sample = new SourceLocation(FileOf(from), 10 + LineShift);
        dependencies.Add(new Dependency(from, to, weight, new Dictionary<DependencyKind, int> { [kind] = weight }, [sample]));
        return this;
    }

    public GraphBuilder Uses(string from, string api, int count = 1, params string[] members)
    {
        var samples = Enumerable.Range(0, Math.Min(count, 3)).Select(i => new SourceLocation(FileOf(from), 20 + i + LineShift)).ToList();
        externalUses.Add(new ExternalUse(from, api, null, count, members, samples));
        return this;
    }

    public GraphBuilder File(string path, bool generated = false)
    {
        files.Add(new SourceFile(path, currentProject, 10, generated, "hash"));
        return this;
    }

    public GraphBuilder Data(string from, string target, DataAccessKind kind)
    {
        dataAccesses.Add(new DataAccess(from, target, kind, "read", new SourceLocation(FileOf(from), 30 + LineShift)));
        return this;
    }

    public CodeGraph Build() => new(projects, types, dependencies, externalUses, dataAccesses, files, []);

    private string FileOf(string typeId) =>
        types.FirstOrDefault(t => t.Id == typeId)?.File
        ?? Path.GetDirectoryName(currentProject)!.Replace('\\', '/') + "/" + typeId.Replace('.', '/') + ".cs";
}
