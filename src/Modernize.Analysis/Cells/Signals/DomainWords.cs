using System.Text;

namespace Modernize.Analysis.Cells.Signals;

/// <summary>
/// The words a type's names carry about its domain: segments of its namespace, folders and project name, and the words of
/// its type name, with layer and technical words removed and a light stemming (Orders, Ordering → order).
/// </summary>
public static class DomainWords
{
    /// <summary>
    /// Data-access technologies: a project or namespace named after one (bitwarden's Infrastructure.EntityFramework and
    /// Infrastructure.Dapper, holding the repositories of every domain) is a layer, not a module (decision 97). Also in
    /// <see cref="Technical"/>; kept apart because their words alone (Entity, Framework, Mongo, Db) are not all technical.
    /// </summary>
    public static readonly IReadOnlySet<string> Technologies = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "EntityFramework", "EntityFrameworkCore", "EfCore", "Dapper", "NHibernate", "MongoDb", "Mongo", "Redis", "SqlServer",
        "Postgres", "PostgreSql", "Npgsql", "PgSql", "Sqlite", "MySql", "MsSql", "SqlCe", "Firebird", "FirebirdSql", "Oracle",
        "CosmosDb", "RavenDb", "Marten",
    };

    /// <summary>Layer and technical words: they say where code sits, not what business it serves (docs/cells.md).</summary>
    public static readonly IReadOnlySet<string> Technical = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Web", "Api", "Apis", "WebApi", "Mvc", "UI", "WebUI", "Site", "Portal", "Controllers", "Controller", "Views", "View", "ViewModels", "ViewModel",
        "Pages", "Page", "Components", "Component", "Areas", "Area", "Endpoints", "Endpoint", "Grpc", "Rest", "Http",
        "Services", "Service", "Business", "BusinessLogic", "BLL", "Logic", "Application", "App", "Apps", "Handlers", "Handler",
        "Commands", "Command", "Queries", "Query", "Features", "Feature", "UseCases", "Requests", "Request", "Responses", "Response",
        "Data", "DataAccess", "DAL", "Repositories", "Repository", "Persistence", "Entities", "Entity", "Models", "Model", "Domain",
        "Dto", "Dtos", "Contracts", "Contract", "Interfaces", "Interface", "Abstractions", "Impl", "Implementation", "Implementations", "Internal",
        "Core", "Infrastructure", "Common", "Shared", "Client", "Server", "Host", "Hosting", "Wcf", "Legacy", "Managers", "Manager",
        "Providers", "Provider", "Mappers", "Mapper", "Mapping", "Mappings", "Validators", "Validator", "Validation", "Configurations",
        "Configuration", "Config", "Extensions", "Extension", "Helpers", "Helper", "Utilities", "Utility", "Utils", "Util", "Exceptions",
        "Exception", "Events", "Event", "DomainEvents", "IntegrationEvents", "Notifications", "Notification", "Messages", "Message",
        "Modules", "Module", "Src", "Source", "Sources", "Lib", "Libs", "Main", "Base", "Bases", "Factories", "Factory", "Specifications",
        "Specification", "Rules", "Rule", "Policies", "Behaviours", "Behaviors", "Behaviour", "Behavior", "Decorators", "Decorator",
        "Pipeline", "Pipelines", "Processing", "Outbox", "Inbox", "InternalCommands", "Jobs", "Job", "Options", "Settings", "Seed", "Seeds",
        "Seeding", "Migrations", "Dao", "Daos", "Db", "Facade", "Facades", "Adapters", "Adapter", "Ports", "Port", "Gateways", "Gateway",
        "Resources", "Properties", "Constants", "Enums", "Types", "Attributes", "Filters", "Middleware", "Middlewares", "Startup",
        "Program", "Bootstrap", "Bootstrapper", "Registration", "Registrations", "Installers", "Di", "IoC", "Ioc", "Test", "Tests",
        "Dtos", "Vm", "Vms", "Forms", "Form", "Aspx", "Ascx", "Asmx", "Ashx", "Windows", "Controls", "Control", "Async", "Id", "Ids", "Get", "Set", "Create", "Update", "Delete",
        "Add", "Remove", "List", "By", "For", "With", "Of", "And", "Or", "To", "From", "The", "Default", "Generic", "Abstract", "Result",
        "Results", "Info", "Item", "Items", "Details", "Detail", "Summary", "Context", "Contexts", "Store", "Stores", "Client", "Clients",
        "Worker", "Workers", "Consumer", "Consumers", "Publisher", "Subscriber", "Subscribers", "Listener", "Listeners", "Processor", "Processors",
        "Wrapper", "Builder", "Builders", "Converter", "Converters", "Serializer", "Serializers", "Parser", "Parsers", "Reader", "Writer",
        "Initializer", "Initialiser", "Aggregate", "Aggregates", "AggregatesModel", "Registry", "Cache", "Cached", "Caching", "Logging", "Logger", "Log", "Errors", "Error",
    }.Union(Technologies, StringComparer.OrdinalIgnoreCase).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A technical word, or a compound made only of them (ApplicationCore, WebApi, DataAccessLayer's DataAccess): a layer's name.</summary>
    public static bool IsTechnicalSegment(string segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var words = SplitWords(segment).ToList();
        return Technical.Contains(segment) || (words.Count > 0 && words.All(w => Technical.Contains(w) || w.All(char.IsDigit)));
    }

    /// <summary>The domain words of namespace segments, folders (below the scanned root) and the project name, stemmed, distinct.</summary>
    public static IEnumerable<string> OfPlace(string ns, string file, string projectName)
    {
        var folders = file.Split('/');
        var parts = ns.Split('.')
            .Concat(folders.Take(Math.Max(0, folders.Length - 1)).SelectMany(f => f.Split('.')))
            .Concat(projectName.Split('.'));
        return parts.Where(IsDomainWord).Select(Stem).Where(w => w.Length > 1).Distinct(StringComparer.Ordinal);
    }

    /// <summary>The words of a type name (camel case split), technical words dropped, stemmed; the last is the head noun.</summary>
    public static IReadOnlyList<string> OfTypeName(string typeName) => OfTypeNameAsWritten(typeName).Select(w => w.Stem).ToList();

    /// <summary>The same words as <see cref="OfTypeName"/>, each with the form it is written in (Orders → order, Orders).</summary>
    public static IReadOnlyList<(string Stem, string Word)> OfTypeNameAsWritten(string typeName)
    {
        var name = typeName.Split('`')[0];
        var last = name.LastIndexOf('.');
        name = last >= 0 ? name[(last + 1)..] : name;
        if (name.Length > 2 && name[0] == 'I' && char.IsUpper(name[1]) && char.IsLower(name[2]))
        {
            name = name[1..];
        }

        return SplitWords(name).Where(IsDomainWord).Select(w => (Stem: Stem(w), Word: w)).Where(w => w.Stem.Length > 2).ToList();
    }

    /// <summary>Lower-cased, with a plural or -ing ending dropped so Orders, Order and Ordering meet.</summary>
    public static string Stem(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length > 6 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            w = w[..^3];
        }
        else if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            w = w[..^3] + "y";
        }
        else if (w.Length > 4 && (w.EndsWith("ses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)))
        {
            w = w[..^2];
        }
        else if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        return w;
    }

    public static IEnumerable<string> SplitWords(string identifier)
    {
        var word = new StringBuilder();
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }

                continue;
            }

            var boundary = word.Length > 0 && char.IsUpper(c)
                && (char.IsLower(identifier[i - 1]) || char.IsDigit(identifier[i - 1]) || (i + 1 < identifier.Length && char.IsLower(identifier[i + 1])));
            if (boundary)
            {
                yield return word.ToString();
                word.Clear();
            }

            word.Append(c);
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static bool IsDomainWord(string segment) =>
        segment.Length > 1 && !Technical.Contains(segment) && !segment.All(char.IsDigit) && !IsVersion(segment);

    private static bool IsVersion(string segment) => segment.Length <= 4 && segment.StartsWith('V') && segment[1..].All(char.IsDigit);
}
