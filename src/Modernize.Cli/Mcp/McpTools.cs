using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using Modernize.Analysis.Guardrails;
using Modernize.Scanning.Guardrails;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace Modernize.Cli.Mcp;

/// <summary>
/// The tools and resources of <c>modernize mcp</c>: each parses its arguments, calls one guardrail query and returns
/// its answer as JSON. A bad argument is an MCP invalid-params error with the reason; nothing here writes anywhere.
/// </summary>
internal static class McpTools
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static IEnumerable<McpServerTool> Tools(GuardWorkspace workspace)
    {
        var queries = workspace.Queries;
        yield return Tool(
            "cell_of",
            "Which cell or tissue a file or type belongs to, its owner, and why (the product map's glob). Ask before creating or moving code.",
            ([Description("A file path relative to the solution folder (Shop.Web/Orders/OrderController.cs), or a type or namespace name (Shop.Business.Ordering.OrderService, OrderService).")] string path)
                => Answer(() => queries.CellOf(path)));
        yield return Tool(
            "may_depend",
            "Whether code in 'from' may use 'to' under the rules of modernize.yml, with the rule and its reason. Ask before adding a reference across cells.",
            ([Description("The using side: a type, namespace, file, or cell:NAME / tissue:NAME.")] string from,
             [Description("The used side: a type, namespace, cell:NAME / tissue:NAME, or an external API such as System.Web.HttpContext.")] string to)
                => Answer(() => queries.MayDepend(from, to)));
        yield return Tool(
            "check_change",
            "What a change does to the architecture before it is built: cells touched, new cross-cell dependencies, rules broken (with file:line), owners to involve. Give a unified diff or a list of changed files.",
            ([Description("A unified diff, as 'git diff' prints it.")] string? diff = null,
             [Description("Changed files relative to the solution folder, read whole from the working tree (when no diff is given).")] string[]? files = null)
                => Answer(() => ChangeChecker.Check(queries, diff, files, workspace.ReadFile)));
        yield return Tool(
            "cell_interface",
            "The types of a cell that other cells and tissue use, most used first, with their callers: the cell's real interface today.",
            ([Description("A cell or tissue name (Ordering, cell:Ordering, tissue:Platform).")] string cell)
                => Answer(() => queries.CellInterface(cell)));
        yield return Tool(
            "violations",
            "The current rule violations of the latest stored scan (what 'modernize check' reports), optionally only those from or to one cell.",
            ([Description("Only violations from or to this cell or tissue (optional).")] string? cell = null)
                => Answer(() => queries.Violations(cell)));
    }

    public static IEnumerable<McpServerResource> Resources(GuardWorkspace workspace)
    {
        yield return McpServerResource.Create(
            () => GuardrailsExport.ToJson(workspace.Config),
            new McpServerResourceCreateOptions
            {
                UriTemplate = "modernize://product-map",
                Name = "product-map",
                Description = "The product map and guardrails of modernize.yml: cells, tissue, owners, globs, rules (the format of modernize.guardrails.json).",
                MimeType = "application/json",
            });
        yield return McpServerResource.Create(
            ([Description("A cell or tissue name.")] string name) => Answer(() => CellSheet(workspace, name)),
            new McpServerResourceCreateOptions
            {
                UriTemplate = "modernize://cells/{name}",
                Name = "cell",
                Description = "One cell or tissue element: its declaration, owner, types and files in the latest scan, and its interface.",
                MimeType = "application/json",
            });
    }

    private static object CellSheet(GuardWorkspace workspace, string name)
    {
        var declaration = workspace.Queries.Element(name);
        var index = workspace.Queries.Index;
        var types = index.AllTypes.Where(t => index.ClaimOf(t)?.Declaration == declaration).OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        return new
        {
            declaration.Name,
            Kind = workspace.Config.Cells.Contains(declaration) ? "cell" : "tissue",
            declaration.Owner,
            declaration.Include,
            declaration.Projects,
            declaration.Tables,
            Types = types.Select(t => t.Id).Take(500).ToList(),
            Files = types.SelectMany(t => t.AllFiles).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(500).ToList(),
            Scan = workspace.ScanNote,
        };
    }

    private static McpServerTool Tool(string name, string description, Delegate method) =>
        McpServerTool.Create(method, new McpServerToolCreateOptions
        {
            Name = name,
            Description = description,
            ReadOnly = true,
            Destructive = false,
            Idempotent = true,
            OpenWorld = false,
        });

    /// <summary>The answer as JSON; a bad question becomes an MCP invalid-params error naming the problem.</summary>
    private static string Answer(Func<object> query)
    {
        try
        {
            return JsonSerializer.Serialize(query(), Json);
        }
        catch (ArgumentException ex)
        {
            throw new McpProtocolException(ex.Message, McpErrorCode.InvalidParams);
        }
    }
}
