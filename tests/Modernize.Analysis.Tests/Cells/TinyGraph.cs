using Modernize.Model.Graph;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>Builds small code graphs by hand for tests whose expected numbers are worked out in comments.</summary>
public sealed class TinyGraph
{
    private readonly List<TypeNode> types = [];
    private readonly List<Dependency> dependencies = [];
    private readonly List<DataAccess> dataAccesses = [];
    private readonly List<ProjectInfo> projects = [];

    /// <summary>A project compiled against these assemblies (its references as the loader resolved them).</summary>
    public TinyGraph ProjectReferencing(string path, params string[] assemblies)
    {
        projects.Add(new ProjectInfo(System.IO.Path.GetFileNameWithoutExtension(path), path, "C#", ["net10.0"], ProjectStyle.Sdk,
            new ProjectFidelity(LoadMode.MsBuild, 1, 0, 0, 0, [], []), [], assemblies, []));
        return this;
    }

    /// <summary>A project as the loader reports it, with the SDKs and packages its file names.</summary>
    public TinyGraph Project(string path, IReadOnlyList<string>? sdks = null, params string[] packages)
    {
        projects.Add(new ProjectInfo(System.IO.Path.GetFileNameWithoutExtension(path), path, "C#", ["net10.0"], ProjectStyle.Sdk,
            new ProjectFidelity(LoadMode.MsBuild, 1, 0, 0, 0, [], []), packages.Select(p => new PackageReferenceInfo(p, "1.0.0", "PackageReference", false)).ToList(), [], [])
        {
            Sdks = sdks ?? ["Microsoft.NET.Sdk"],
        });
        return this;
    }

    /// <param name="file">Its source file; by default <c>src/</c> and its id as folders.</param>
    public TinyGraph Type(string id, int lines = 10, string project = "src/App/App.csproj", string? file = null)
    {
        var dot = id.LastIndexOf('.');
        var ns = dot < 0 ? string.Empty : id[..dot];
        types.Add(new TypeNode(id, id[(dot + 1)..], TypeKind.Class, project, ns, file ?? $"src/{id.Replace('.', '/')}.cs", 3, false, false,
            TypeMetrics.Empty with { SourceLines = lines }, []));
        return this;
    }

    public TinyGraph Depends(string from, string to, int count, DependencyKind kind = DependencyKind.MethodCall, int line = 12)
    {
        var file = types.Single(t => t.Id == from).File;
        dependencies.Add(new Dependency(from, to, count, new Dictionary<DependencyKind, int> { [kind] = count }, [new SourceLocation(file, line)]));
        return this;
    }

    public TinyGraph Reads(string from, string table, DataAccessKind kind = DataAccessKind.SqlLiteral)
    {
        dataAccesses.Add(new DataAccess(from, table, kind, "read", new SourceLocation(types.Single(t => t.Id == from).File, 7)));
        return this;
    }

    public TinyGraph Writes(string from, string table, DataAccessKind kind = DataAccessKind.SqlLiteral)
    {
        dataAccesses.Add(new DataAccess(from, table, kind, "write", new SourceLocation(types.Single(t => t.Id == from).File, 9)));
        return this;
    }

    public CodeGraph Build() => new(projects, types, dependencies, [], dataAccesses, [], []);
}
