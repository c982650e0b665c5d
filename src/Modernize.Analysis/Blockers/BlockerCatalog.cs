using Modernize.Model.Graph;

namespace Modernize.Analysis.Blockers;

/// <summary>
/// The catalogue of legacy technologies, in one table. Order matters for APIs: the first rule that matches an external type claims it,
/// so specific rules come before the catch-all of their namespace. Points are argued in docs/legacy-blockers.md.
/// </summary>
public static class BlockerCatalog
{
    private static readonly string[] DesktopUi = ["System.Windows.Forms.*", "System.Windows.*"];

    public static IReadOnlyList<BlockerRule> Rules { get; } =
    [
        new("system-web-forms", "ASP.NET Web Forms", "Rewrite the pages in ASP.NET Core (Razor Pages, MVC or Blazor); there is no port path for Web Forms", 13,
            Apis: ["System.Web.UI.*"], Files: [".aspx", ".ascx", ".master"]),
        new("asmx", "ASMX web services", "Expose ASP.NET Core Web API endpoints (or CoreWCF for SOAP clients that cannot change)", 7,
            Apis: ["System.Web.Services.*"], Files: [".asmx"]),
        new("system-web-mvc", "ASP.NET MVC 5 / Web API 2", "Port controllers to ASP.NET Core MVC; redesign filters, model binders, routing and bundling", 5,
            Apis: ["System.Web.Mvc.*", "System.Web.Http.*", "System.Web.Routing.*", "System.Web.Optimization.*"]),
        new("system-web-application", "HttpApplication, HTTP modules and handlers", "Move Global.asax events, IHttpModule and IHttpHandler logic into ASP.NET Core middleware and hosted services", 5,
            Apis: ["System.Web.HttpApplication", "System.Web.IHttpModule", "System.Web.IHttpHandler", "System.Web.IHttpAsyncHandler"], Files: [".asax", ".ashx"]),
        new("system-web-httpcontext", "System.Web HttpContext", "Inject ASP.NET Core's HttpContext (IHttpContextAccessor) or pass the values needed; no static HttpContext.Current", 3,
            Apis: ["System.Web.HttpContext", "System.Web.HttpContextBase", "System.Web.HttpRequest", "System.Web.HttpRequestBase", "System.Web.HttpResponse", "System.Web.HttpResponseBase", "System.Web.SessionState.*"]),
        new("system-web", "Other System.Web APIs", "Replace with ASP.NET Core equivalents (caching, security, configuration)", 3,
            Apis: ["System.Web.*"], Except: ["System.Web.HttpUtility"]),
        new("wcf-service", "WCF services", "Host the contracts with CoreWCF, or re-expose them as gRPC or HTTP APIs", 7,
            Apis: ["System.ServiceModel.ServiceContractAttribute", "System.ServiceModel.ServiceHost", "System.ServiceModel.ServiceBehaviorAttribute", "System.ServiceModel.Activation.*", "System.ServiceModel.Web.*"], Files: [".svc"]),
        new("wcf-client", "WCF clients", "Use the System.ServiceModel.* client packages on modern .NET, or call a gRPC/HTTP API", 3,
            Apis: ["System.ServiceModel.*"]),
        new("remoting", ".NET Remoting", "Replace with gRPC, HTTP APIs or a message bus", 7,
            Apis: ["System.Runtime.Remoting.*"]),
        new("appdomain", "AppDomain isolation", "Use AssemblyLoadContext for plug-ins, separate processes for isolation", 5,
            Apis: ["System.AppDomain", "System.AppDomainSetup"],
            Members: ["CreateDomain", "Unload", "ExecuteAssembly", "ExecuteAssemblyByName", "CreateInstanceAndUnwrap", "CreateInstanceFromAndUnwrap", "DoCallBack", "SetShadowCopyFiles", "SetAppDomainPolicy", "ApplicationBase", "PrivateBinPath", "ShadowCopyFiles"]),
        new("binary-formatter", "BinaryFormatter and other unsafe formatters", "Serialise with System.Text.Json, DataContractSerializer or protobuf; migrate stored payloads", 3,
            Apis: ["System.Runtime.Serialization.Formatters.Binary.BinaryFormatter", "System.Runtime.Serialization.Formatters.Soap.SoapFormatter", "System.Runtime.Serialization.NetDataContractSerializer"]),
        new("enterprise-services", "COM+ Enterprise Services", "Use TransactionScope or explicit transactions and plain services", 7,
            Apis: ["System.EnterpriseServices.*"]),
        new("windows-registry", "Windows registry", "Move settings to configuration (appsettings, environment); keep Microsoft.Win32.Registry only for Windows-only tools", 3,
            Apis: ["Microsoft.Win32.Registry", "Microsoft.Win32.RegistryKey", "Microsoft.Win32.RegistryHive", "Microsoft.Win32.RegistryView"]),
        new("windows-forms", "Windows Forms", "Retarget to net10.0-windows (Windows only), or rewrite the UI for the web or a cross-platform toolkit", 5,
            Apis: ["System.Windows.Forms.*"]),
        new("wpf", "WPF", "Retarget to net10.0-windows (Windows only), or rewrite the UI for the web or a cross-platform toolkit", 5,
            Apis: ["System.Windows.*"]),
        new("system-drawing", "System.Drawing in server code", "Use ImageSharp or SkiaSharp: System.Drawing.Common is Windows-only on modern .NET", 3,
            Apis: ["System.Drawing.*"], NotInProjectsUsing: DesktopUi),
        new("linq-to-sql", "LINQ to SQL", "Port the DataContext and entities to EF Core", 5,
            Apis: ["System.Data.Linq.*"], Files: [".dbml"], DataKinds: [DataAccessKind.LinqToSql]),
        new("edmx", "Entity Framework EDMX model", "Reverse-engineer the database into an EF Core code-first model; EDMX designer models are not supported", 5,
            Apis: ["System.Data.Entity.*"], Files: [".edmx"], DataKinds: [DataAccessKind.Edmx], ApisNeedOtherEvidence: true),
        new("entity-framework-6", "Entity Framework 6", "Keep EF 6.5 on modern .NET for a first step, then port to EF Core", 3,
            Apis: ["System.Data.Entity.*"]),
        new("packages-config", "packages.config", "Migrate to PackageReference", 1,
            Fact: ProjectFact.PackagesConfig),
        new("legacy-project-format", "Old-style project file", "Convert to an SDK-style project", 1,
            Fact: ProjectFact.LegacyProjectFormat),
        new("net-framework-target", ".NET Framework target", "Retarget to net10.0 (or multi-target while migrating) once the other blockers are gone", 3,
            Fact: ProjectFact.NetFrameworkTarget),
    ];
}
