using Graph.Web;

GraphWebApp.Create(args).Run();

public partial class Program;
