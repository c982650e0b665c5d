using Modernize.Extraction.Tests.Support;
using Modernize.Model.Graph;

namespace Modernize.Extraction.Tests;

/// <summary>One small class per dependency kind, each on its own line, so kinds, counts and sample lines can be asserted exactly.</summary>
public sealed class DependencyKindTests
{
    private const string File = "Shop/Kinds.cs";

    private static readonly string[] Lines =
    [
        "namespace Shop",
        "{",
        "    public interface IEntity { }",
        "    public class Entity { }",
        "    public class Customer : Entity { public static int Count; public static Customer Create() => new Customer(); public string Name { get; set; } = \"\"; public void Touch() { } public event System.EventHandler Changed; }",
        "    public class CustomerException : System.Exception { }",
        "    [System.AttributeUsage(System.AttributeTargets.All)] public sealed class AuditedAttribute : System.Attribute { }",
        "    public class Box<T> { public class Inner { } }",
        "    public enum Status { Open, Closed }",
        "    public class Implements : IEntity { }",
        "    public class HasField { private Customer customer; }",
        "    public class HasProperty { public Customer Customer { get; set; } }",
        "    public class HasParameter { public void Take(Customer c) { } }",
        "    public class HasReturn { public Customer Give() => null; }",
        "    public class Creates { public object Make() => new Customer(); }",
        "    public class Calls { public void Run() { Customer.Create().Touch(); } }",
        "    public class Accesses { public string Read(Customer c) => c.Name; }",
        "    public class Decorated { [Audited] public void Run() { } }",
        "    public class UsesGeneric { public Box<Customer> box; }",
        "    public class UsesNested { public Box<int>.Inner inner; }",
        "    public class Throws { public void Fail() { try { throw new CustomerException(); } catch (CustomerException) { throw; } } }",
        "    public class UsesStatic { public int Read() => Customer.Count + (int)Status.Closed; }",
        "    public class HasLocal { public void Run() { Customer c = null; } }",
        "    public class Checks { public bool Test(object o) => o is Customer; }",
        "    public class Casts { public Entity Cast(object o) => (Entity)o; }",
        "    public class TypeOf { public System.Type T() => typeof(Customer); }",
        "    public class Listens { public void Hook(Customer c) { c.Changed += (s, e) => { }; } }",
        "}",
    ];

    public static TheoryData<string, string, string> Expected => new()
    {
        { "Shop.Customer", "Shop.Entity", "Inheritance:1" },
        { "Shop.Implements", "Shop.IEntity", "InterfaceImplementation:1" },
        { "Shop.HasField", "Shop.Customer", "FieldType:1" },
        { "Shop.HasProperty", "Shop.Customer", "PropertyType:1" },
        { "Shop.HasParameter", "Shop.Customer", "ParameterType:1" },
        { "Shop.HasReturn", "Shop.Customer", "ReturnType:1" },
        { "Shop.Creates", "Shop.Customer", "ObjectCreation:1" },
        { "Shop.Calls", "Shop.Customer", "MethodCall:1 StaticUse:1" },
        { "Shop.Accesses", "Shop.Customer", "ParameterType:1 MemberAccess:1" },
        { "Shop.Decorated", "Shop.AuditedAttribute", "Attribute:1" },
        { "Shop.UsesGeneric", "Shop.Box`1", "FieldType:1" },
        { "Shop.UsesGeneric", "Shop.Customer", "GenericArgument:1" },
        { "Shop.UsesNested", "Shop.Box`1.Inner", "FieldType:1" },
        { "Shop.Throws", "Shop.CustomerException", "ObjectCreation:1 CatchOrThrow:2" },
        { "Shop.UsesStatic", "Shop.Customer", "StaticUse:1" },
        { "Shop.UsesStatic", "Shop.Status", "StaticUse:1" },
        { "Shop.HasLocal", "Shop.Customer", "LocalVariable:1" },
        { "Shop.Checks", "Shop.Customer", "TypeCheck:1" },
        { "Shop.Casts", "Shop.Entity", "ReturnType:1 TypeCheck:1" },
        { "Shop.TypeOf", "Shop.Customer", "TypeCheck:1" },
        { "Shop.Listens", "Shop.Customer", "ParameterType:1 MemberAccess:1" },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public async Task Each_kind_is_detected_with_its_count_and_sample_line(string from, string to, string kinds)
    {
        var graph = await ExtractAsync();

        var dependency = Assert.Single(graph.Dependencies, d => d.From == from && d.To == to);
        Assert.Equal(kinds, Describe(dependency.Kinds));
        Assert.Equal(dependency.Kinds.Values.Sum(), dependency.Weight);
        var line = Array.FindIndex(Lines, l => l.Contains($" {Simple(from)} ", StringComparison.Ordinal)) + 1;
        Assert.Equal([new SourceLocation(File, line)], dependency.Samples);
    }

    [Fact]
    public async Task Every_dependency_is_one_of_the_expected_ones()
    {
        var graph = await ExtractAsync();

        var expected = Expected.Select(row => ((string)row[0], (string)row[1])).Order().ToList();
        Assert.Equal(expected, graph.Dependencies.Select(d => (d.From, d.To)).Order().ToList());
        Assert.Equal(
            Enum.GetValues<DependencyKind>().Where(k => !DependencyWeights.IsWiring(k)).Order(),
            graph.Dependencies.SelectMany(d => d.Kinds.Keys).Distinct().Order()); // wiring kinds: WiringTests
    }

    [Fact]
    public async Task Types_have_ids_with_nesting_and_generic_arity_kinds_and_lines()
    {
        var graph = await ExtractAsync();

        Assert.Equal(26, graph.Types.Count);
        var box = Assert.Single(graph.Types, t => t.Id == "Shop.Box`1");
        Assert.Equal(("Box`1", TypeKind.Class, "Shop", File, 8), (box.Name, box.Kind, box.Namespace, box.File, box.Line));
        var inner = Assert.Single(graph.Types, t => t.Id == "Shop.Box`1.Inner");
        Assert.Equal(("Box`1.Inner", 8, "Shop/Shop.csproj"), (inner.Name, inner.Line, inner.Project));
        Assert.True(graph.Types.Single(t => t.Id == "Shop.IEntity").IsAbstract);
        Assert.Equal(TypeKind.Interface, graph.Types.Single(t => t.Id == "Shop.IEntity").Kind);
        Assert.Equal(TypeKind.Enum, graph.Types.Single(t => t.Id == "Shop.Status").Kind);
        Assert.False(graph.Types.Single(t => t.Id == "Shop.Entity").IsAbstract);
        Assert.Equal(graph.Types.Select(t => t.Id).Order(StringComparer.Ordinal), graph.Types.Select(t => t.Id));
    }

    [Fact]
    public async Task Uses_of_framework_types_become_external_uses()
    {
        var graph = await ExtractAsync();

        var exception = Assert.Single(graph.ExternalUses, e => e.From == "Shop.CustomerException");
        Assert.Equal(("System.Exception", 1), (exception.Api, exception.Count));
        Assert.Equal("System.Private.CoreLib", exception.Assembly); // the test compiles against the runtime's implementation assemblies
        var type = Assert.Single(graph.ExternalUses, e => e.From == "Shop.TypeOf");
        Assert.Equal("System.Type", type.Api);
        Assert.DoesNotContain(graph.ExternalUses, e => e.Api is "System.String" or "System.Int32" or "System.Object");
    }

    private static async Task<CodeGraph> ExtractAsync()
    {
        var solution = new TestSolution();
        solution.AddProject("Shop", [(File, string.Join('\n', Lines))]);
        using var workspace = solution.Load();
        return await TestSolution.ExtractAsync(workspace);
    }

    private static string Simple(string id) => id[(id.LastIndexOf('.') + 1)..];

    private static string Describe(IReadOnlyDictionary<DependencyKind, int> kinds) =>
        string.Join(' ', kinds.OrderBy(k => k.Key).Select(k => $"{k.Key}:{k.Value}"));
}
